/**
 * Finds training examples that are near-copies of held-out dev questions. The dev set measures understanding of
 * phrasings the model has never seen; a training sentence that differs from a dev question by a word or two
 * would quietly turn that measurement into a memory test.
 */
import type { Example } from './examples.js';

/** Character trigram Jaccard at or above this counts as the same question. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

function trigrams(text: string): Set<string> {
  const s = ` ${text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const grams = new Set<string>();
  const chars = [...s];
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  return grams;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

export interface NearDuplicate {
  train: Example;
  dev: Example;
  similarity: number;
}

/** Pairs (same language) of a training example and a dev question that are near-copies. */
export function findNearDuplicates(train: readonly Example[], dev: readonly Example[], threshold = NEAR_DUPLICATE_THRESHOLD): NearDuplicate[] {
  const devByLanguage = new Map<string, Array<{ example: Example; grams: Set<string> }>>();
  for (const d of dev) {
    const list = devByLanguage.get(d.language) ?? [];
    list.push({ example: d, grams: trigrams(d.text) });
    devByLanguage.set(d.language, list);
  }
  const found: NearDuplicate[] = [];
  for (const t of train) {
    const grams = trigrams(t.text);
    let best: NearDuplicate | undefined;
    for (const d of devByLanguage.get(t.language) ?? []) {
      const similarity = jaccard(grams, d.grams);
      if (similarity >= threshold && (!best || similarity > best.similarity)) best = { train: t, dev: d.example, similarity };
    }
    if (best) found.push(best);
  }
  return found;
}
