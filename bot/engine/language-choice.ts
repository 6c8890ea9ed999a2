/**
 * Which language to reply in. A stored choice wins unless the message is clearly written in another supported
 * language; a new user gets the detected language, else the channel's hint, else English.
 */
import type { Classification } from '../../intents/classifier.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';

/** Fewer letters than this is too little text to switch languages on ("ok", "hi", "no"). */
const MIN_LETTERS_TO_SWITCH = 8;

export function isSupported(kb: KnowledgeBase, code: string | undefined): code is string {
  return code !== undefined && kb.language(code)?.classifier === true;
}

export function chooseLanguage(
  kb: KnowledgeBase,
  stored: string | undefined,
  hint: string | undefined,
  classification: Classification | undefined,
  switchConfidence: number,
): string {
  const hinted = hint?.toLowerCase().split(/[-_]/)[0];
  const fallback = stored ?? (isSupported(kb, hinted) ? hinted : 'en');
  if (!classification) return fallback;
  const letters = (classification.text.match(/\p{L}/gu) ?? []).length;
  const detected = classification.language;
  const confident = classification.languageConfidence >= switchConfidence && isSupported(kb, detected);
  if (!confident) return fallback;
  if (!stored) return letters >= 3 ? detected : fallback;
  return letters >= MIN_LETTERS_TO_SWITCH ? detected : stored;
}
