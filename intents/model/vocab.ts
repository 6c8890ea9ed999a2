/**
 * Chooses the WordPiece vocabulary of the bundled model from the training examples. Whole words make common
 * words one token; word-initial prefixes and `##` continuation pieces let misspelt, inflected and unseen words
 * fall back to meaningful parts; every character of every script the bot supports is seeded so no word becomes
 * `[UNK]` merely because a letter was never seen.
 */
import { CONTINUATION_PREFIX, SPECIAL_TOKENS } from './tokenizer-spec.js';

/** Letters of the scripts Waymark's languages use, after the tokenizer's normalisation. */
const SEED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x30, 0x39], // digits
  [0x61, 0x7a], // Latin
  [0x0600, 0x06ff], // Arabic, Persian, Urdu, Pashto, Sorani
  [0x0430, 0x045f], // Cyrillic lower case
  [0x0490, 0x04ff], // Cyrillic extended (ґ, ...)
  [0x03b1, 0x03c9], // Greek lower case
  [0x1200, 0x137f], // Ethiopic (Tigrinya)
];

export interface VocabOptions {
  /** Upper bound on the vocabulary size, to bound the model's size. */
  maxSize: number;
  /** Longest word-initial prefix kept as its own piece. */
  maxPrefix: number;
  /** Longest continuation piece. */
  maxPiece: number;
}

export const DEFAULT_VOCAB_OPTIONS: VocabOptions = { maxSize: 60000, maxPrefix: 7, maxPiece: 5 };

function seedCharacters(): string[] {
  const chars: string[] = [];
  for (const [from, to] of SEED_RANGES) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (/\p{L}|\p{N}|\p{M}/u.test(ch)) chars.push(ch);
    }
  }
  return chars;
}

function bump(counts: Map<string, number>, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Most frequent first, ties broken by the string itself, so the result does not depend on input order. */
function byFrequency(counts: Map<string, number>, minCount: number): string[] {
  return [...counts.entries()]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([s]) => s);
}

/** Builds the vocabulary from the words of the training examples (already normalised and split). */
export function buildVocab(words: readonly string[], options: VocabOptions = DEFAULT_VOCAB_OPTIONS): string[] {
  const wordCounts = new Map<string, number>();
  for (const w of words) bump(wordCounts, w);
  const prefixes = new Map<string, number>();
  const pieces = new Map<string, number>();
  for (const [word, n] of wordCounts) {
    const chars = [...word];
    for (let len = 2; len < Math.min(chars.length, options.maxPrefix + 1); len++) {
      bump(prefixes, chars.slice(0, len).join(''), n);
    }
    for (let start = 1; start < chars.length; start++) {
      for (let len = 2; len <= options.maxPiece && start + len <= chars.length; len++) {
        bump(pieces, CONTINUATION_PREFIX + chars.slice(start, start + len).join(''), n);
      }
    }
  }
  const vocab: string[] = [...SPECIAL_TOKENS];
  const seen = new Set<string>(vocab);
  const add = (token: string): void => {
    if (!seen.has(token) && vocab.length < options.maxSize) {
      seen.add(token);
      vocab.push(token);
    }
  };
  const characters = new Set<string>(seedCharacters());
  for (const w of wordCounts.keys()) for (const ch of w) characters.add(ch);
  for (const ch of [...characters].sort()) {
    add(ch);
    add(CONTINUATION_PREFIX + ch);
  }
  for (const w of byFrequency(wordCounts, 1)) add(w);
  const fragments = [...byFrequency(prefixes, 2), ...byFrequency(pieces, 2)];
  const fragmentCounts = new Map<string, number>([...prefixes, ...pieces]);
  fragments.sort((a, b) => (fragmentCounts.get(b) ?? 0) - (fragmentCounts.get(a) ?? 0) || (a < b ? -1 : 1));
  for (const f of fragments) add(f);
  return vocab;
}
