import { describe, expect, it } from 'vitest';
import { logits, trainSoftmax, type SparseVector } from '../../intents/softmax.js';

const vec = (pairs: Array<[number, number]>): SparseVector => ({
  indices: Int32Array.from(pairs.map(([i]) => i)),
  values: Float32Array.from(pairs.map(([, v]) => v)),
});

describe('softmax heads over a prefix of the vocabulary', () => {
  // Feature 0 marks class 0, feature 1 marks class 1; feature 2 marks class 0 too but lies beyond the head's prefix.
  const inputs = [vec([[0, 1], [2, 1]]), vec([[1, 1]]), vec([[0, 1]]), vec([[1, 1], [2, 0.5]])];
  const labels = [0, 1, 0, 1];

  it('learns from the features inside the prefix', () => {
    const model = trainSoftmax(inputs, labels, 2, 2, { epochs: 30, learningRate: 0.5, l2: 0, seed: 1 });
    expect(model.weights).toHaveLength(4);
    const a = logits(model, vec([[0, 1]]));
    const b = logits(model, vec([[1, 1]]));
    expect(a[0]).toBeGreaterThan(a[1] as number);
    expect(b[1]).toBeGreaterThan(b[0] as number);
  });

  it('ignores features beyond the prefix instead of reading another class row', () => {
    const model = trainSoftmax(inputs, labels, 2, 2, { epochs: 30, learningRate: 0.5, l2: 0, seed: 1 });
    expect(Array.from(logits(model, vec([[1, 1], [2, 5], [3, 9]])))).toEqual(Array.from(logits(model, vec([[1, 1]]))));
  });
});
