/**
 * Multinomial logistic regression over sparse feature vectors, trained by seeded SGD. One implementation serves
 * every head: topics from character n-grams, topics from sentence embeddings (dense vectors are sparse vectors
 * with every index present) and languages from character n-grams.
 */
import { createRng } from './rng.js';

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export interface SoftmaxModel {
  classes: number;
  /** Inputs with an index at or beyond this are ignored, so a head can read just a prefix of a larger vocabulary. */
  features: number;
  /** Row-major `classes x features`. */
  weights: Float32Array;
  bias: Float32Array;
}

export interface SoftmaxOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty, applied lazily as weight decay on the touched rows. */
  l2: number;
  seed: number;
}

export const DEFAULT_SOFTMAX_OPTIONS: SoftmaxOptions = { epochs: 12, learningRate: 0.5, l2: 1e-6, seed: 7 };

export function toSparse(dense: Float32Array): SparseVector {
  return { indices: Int32Array.from(dense.keys()), values: dense };
}

/** Raw scores (logits) for one input. */
export function logits(model: SoftmaxModel, x: SparseVector): Float64Array {
  const out = new Float64Array(model.classes);
  const { weights, features } = model;
  for (let c = 0; c < model.classes; c++) {
    let z = model.bias[c] as number;
    const row = c * features;
    for (let i = 0; i < x.indices.length; i++) {
      const j = x.indices[i] as number;
      if (j < features) z += (weights[row + j] as number) * (x.values[i] as number);
    }
    out[c] = z;
  }
  return out;
}

/** Softmax in place over `scores / temperature`; returns the same array. */
export function softmaxInPlace(scores: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += scores[i] = Math.exp(((scores[i] as number) - max) / temperature);
  for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] as number) / sum;
  return scores;
}

export function trainSoftmax(
  inputs: readonly SparseVector[],
  labels: readonly number[],
  classes: number,
  features: number,
  options: SoftmaxOptions = DEFAULT_SOFTMAX_OPTIONS,
): SoftmaxModel {
  const model: SoftmaxModel = { classes, features, weights: new Float32Array(classes * features), bias: new Float32Array(classes) };
  const rng = createRng(options.seed);
  const order = inputs.map((_, i) => i);
  const total = options.epochs * order.length;
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    rng.shuffle(order);
    for (const n of order) {
      const x = inputs[n] as SparseVector;
      const lr = options.learningRate * (1 - step / total) + 1e-3;
      step++;
      const p = softmaxInPlace(logits(model, x));
      const label = labels[n] as number;
      for (let c = 0; c < classes; c++) {
        const g = (p[c] as number) - (c === label ? 1 : 0);
        if (Math.abs(g) < 1e-7) continue;
        const row = c * features;
        for (let i = 0; i < x.indices.length; i++) {
          const f = x.indices[i] as number;
          if (f >= features) continue;
          const j = row + f;
          model.weights[j] = (model.weights[j] as number) * (1 - lr * options.l2) - lr * g * (x.values[i] as number);
        }
        model.bias[c] = (model.bias[c] as number) - lr * g;
      }
    }
  }
  return model;
}
