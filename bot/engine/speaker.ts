/**
 * Builds replies in a language from UI string keys, setting the text direction, and the common button sets.
 */
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { StringArgs } from '../../knowledge/strings.js';
import { toPayload } from './payload.js';
import type { Button, Reply } from './types.js';

export interface Speaker {
  t(language: string, key: string, args?: StringArgs): string;
  reply(language: string, text: string, buttons?: Button[]): Reply;
  say(language: string, key: string, args?: StringArgs, buttons?: Button[]): Reply;
  countryButtons(language: string): Button[];
  languageButtons(languages: readonly string[]): Button[];
  topicButtons(language: string, topics: readonly string[]): Button[];
  yesNo(language: string, yes: string, no: string): Button[];
  humanButton(language: string): Button;
  /** The country's name in the language, for sentences ("OK: Italy"). */
  countryName(language: string, country: string): string;
  languageName(code: string): string;
}

export function createSpeaker(kb: KnowledgeBase): Speaker {
  const t = (language: string, key: string, args?: StringArgs): string => kb.strings.format(language, key, args);
  const reply = (language: string, text: string, buttons?: Button[]): Reply => ({
    text,
    language,
    direction: kb.language(language)?.direction ?? 'ltr',
    ...(buttons && buttons.length ? { buttons } : {}),
  });
  return {
    t,
    reply,
    say: (language, key, args, buttons) => reply(language, t(language, key, args), buttons),
    countryButtons: (language) => kb.countries.map((c) => ({ label: t(language, `country-${c.code}`), payload: toPayload({ kind: 'country', country: c.code }) })),
    languageButtons: (languages) =>
      languages.map((code) => ({ label: kb.language(code)?.native ?? code, payload: toPayload({ kind: 'language', language: code }) })),
    topicButtons: (language, topics) => topics.map((topic) => ({ label: t(language, `topic-${topic}`), payload: toPayload({ kind: 'topic', topic }) })),
    yesNo: (language, yes, no) => [
      { label: t(language, 'button-yes'), payload: yes },
      { label: t(language, 'button-no'), payload: no },
    ],
    humanButton: (language) => ({ label: t(language, 'button-talk-to-person'), payload: toPayload({ kind: 'human' }) }),
    countryName: (language, country) => t(language, `country-${country}`),
    languageName: (code) => kb.language(code)?.native ?? code,
  };
}
