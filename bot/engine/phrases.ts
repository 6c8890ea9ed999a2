/**
 * Recognises countries, languages and requests to delete data named in a message, from the phrase lists in
 * `knowledge/phrases.yaml`. Matching ignores case, accents and punctuation and needs whole words.
 */
import type { Phrases } from '../../knowledge/schema/meta.js';

export function toMatchable(text: string): string {
  return ` ${text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

function findKey(lists: Record<string, string[]>, text: string): string | undefined {
  const haystack = toMatchable(text);
  let best: { key: string; length: number } | undefined;
  for (const [key, phrases] of Object.entries(lists)) {
    for (const phrase of phrases) {
      const needle = toMatchable(phrase);
      if (needle.trim() && haystack.includes(needle) && (!best || needle.length > best.length)) best = { key, length: needle.length };
    }
  }
  return best?.key;
}

export interface PhraseMatcher {
  country(text: string): string | undefined;
  language(text: string): string | undefined;
  isForgetRequest(text: string): boolean;
}

export function createPhraseMatcher(phrases: Phrases): PhraseMatcher {
  return {
    country: (text) => findKey(phrases.countries, text),
    language: (text) => findKey(phrases.languages, text),
    isForgetRequest: (text) => findKey(phrases.forget, text) !== undefined,
  };
}
