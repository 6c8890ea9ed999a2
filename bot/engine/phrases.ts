/**
 * Recognises countries, languages and requests to delete data named in a message, from the phrase lists in
 * `knowledge/phrases.yaml`. Matching ignores case, accents and punctuation and needs whole words.
 */
import type { Phrases } from '../../knowledge/schema/meta.js';

export function toMatchable(text: string): string {
  return ` ${text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

interface Match {
  key: string;
  /** The matched phrase in matchable form. */
  needle: string;
}

function findMatch(lists: Record<string, string[]>, text: string): Match | undefined {
  const haystack = toMatchable(text);
  let best: Match | undefined;
  for (const [key, phrases] of Object.entries(lists)) {
    for (const phrase of phrases) {
      const needle = toMatchable(phrase);
      if (needle.trim() && haystack.includes(needle) && (!best || needle.length > best.needle.length)) best = { key, needle };
    }
  }
  return best;
}

const findKey = (lists: Record<string, string[]>, text: string): string | undefined => findMatch(lists, text)?.key;

/** Words besides the phrase that still leave a message "just the request", such as "please" or "now". */
const MAX_OTHER_WORDS = 2;

export interface PhraseMatcher {
  country(text: string): string | undefined;
  language(text: string): string | undefined;
  isForgetRequest(text: string): boolean;
  /**
   * The message is the request to delete and nothing else (at most two other words, such as "please"). Such a
   * message is a command in words: nothing in it can be an emergency, so the classifier's view of it (it has no
   * class for deletion requests) must not turn it into one.
   */
  isOnlyForgetRequest(text: string): boolean;
}

export function createPhraseMatcher(phrases: Phrases): PhraseMatcher {
  return {
    country: (text) => findKey(phrases.countries, text),
    language: (text) => findKey(phrases.languages, text),
    isForgetRequest: (text) => findKey(phrases.forget, text) !== undefined,
    isOnlyForgetRequest: (text) => {
      const match = findMatch(phrases.forget, text);
      if (!match) return false;
      const rest = toMatchable(text).replace(match.needle, ' ').trim();
      return rest === '' || rest.split(' ').length <= MAX_OTHER_WORDS;
    },
  };
}
