/**
 * WordPiece segmentation of one word: the greedy longest-match-first rule transformers.js applies at inference,
 * and randomised alternatives used only in training ("subword dropout"), so that prefixes and pieces the greedy
 * rule rarely picks for known words still learn a meaning and carry it to misspelt or unseen words.
 */
import type { Rng } from '../rng.js';
import { CONTINUATION_PREFIX, MAX_WORD_CHARS } from './tokenizer-spec.js';

export type Vocab = ReadonlyMap<string, number>;

function piece(chars: readonly string[], start: number, end: number): string {
  const s = chars.slice(start, end).join('');
  return start > 0 ? CONTINUATION_PREFIX + s : s;
}

/**
 * Token ids for one word, mirroring the WordPiece model of `@huggingface/tokenizers`: when any part cannot be
 * matched, the whole word is `[UNK]`.
 */
export function segmentGreedy(word: string, vocab: Vocab, unkId: number): number[] {
  return segment(word, vocab, unkId, () => false);
}

/** One random segmentation: at each step, with probability `dropout`, a shorter matching piece is chosen. */
export function segmentRandom(word: string, vocab: Vocab, unkId: number, rng: Rng, dropout: number): number[] {
  return segment(word, vocab, unkId, () => rng.next() < dropout, rng);
}

function segment(word: string, vocab: Vocab, unkId: number, drop: () => boolean, rng?: Rng): number[] {
  const chars = [...word];
  if (chars.length > MAX_WORD_CHARS) return [unkId];
  const ids: number[] = [];
  let start = 0;
  while (start < chars.length) {
    const matches: Array<[number, number]> = [];
    for (let end = chars.length; end > start; end--) {
      const id = vocab.get(piece(chars, start, end));
      if (id !== undefined) {
        matches.push([end, id]);
        if (!rng) break;
      }
    }
    if (matches.length === 0) return [unkId];
    let [end, id] = matches[0] as [number, number];
    if (rng && matches.length > 1 && drop()) [end, id] = matches[1 + rng.int(matches.length - 1)] as [number, number];
    ids.push(id);
    start = end;
  }
  return ids;
}
