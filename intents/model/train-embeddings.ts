/**
 * Learns the bundled model's token embeddings, fastText style: a sentence is the mean of its token vectors,
 * and a linear softmax over topics is trained jointly with them by stochastic gradient descent. The topic layer
 * is thrown away; what remains is an embedding table in which tokens that signal the same need sit close
 * together, across languages and scripts, because they share labels.
 */
import { createRng } from '../rng.js';
import { segmentGreedy, segmentRandom, type Vocab } from './segment.js';

export interface LabelledWords {
  words: readonly string[];
  label: number;
}

export interface EmbeddingTrainingOptions {
  dimensions: number;
  epochs: number;
  learningRate: number;
  /** Probability of training on a random segmentation of a word instead of the greedy one. */
  dropout: number;
  seed: number;
}

/**
 * Example presentations per build (examples x epochs). Epochs shrink as the examples grow so that building the
 * model stays under a minute on 2 cores; with more examples each epoch already teaches more.
 */
export const STEP_BUDGET = 900_000;
const MIN_EPOCHS = 6;

/** The epochs for a set of examples: the default 20 for small sets, fewer for large ones (at least 6). */
export function epochsFor(examples: number, options: EmbeddingTrainingOptions = DEFAULT_EMBEDDING_OPTIONS): number {
  return Math.max(MIN_EPOCHS, Math.min(options.epochs, Math.round(STEP_BUDGET / Math.max(1, examples))));
}

export const DEFAULT_EMBEDDING_OPTIONS: EmbeddingTrainingOptions = {
  dimensions: 64,
  epochs: 20,
  learningRate: 0.4,
  dropout: 0.5,
  seed: 20261122,
};

export interface EmbeddingTrainingInput {
  examples: readonly LabelledWords[];
  classes: number;
  vocab: Vocab;
  vocabSize: number;
  /** Ids whose vectors stay zero: padding, unknown and the [CLS]/[SEP] markers that mean pooling includes. */
  frozenIds: readonly number[];
  unkId: number;
}

/** Returns the embedding table, row-major `vocabSize x dimensions`. */
export function trainEmbeddings(
  input: EmbeddingTrainingInput,
  options: EmbeddingTrainingOptions = DEFAULT_EMBEDDING_OPTIONS,
  onEpoch: (epoch: number) => void = () => {},
): Float32Array {
  const { dimensions: d, epochs } = options;
  const rng = createRng(options.seed);
  const table = new Float32Array(input.vocabSize * d);
  for (let i = 0; i < table.length; i++) table[i] = (rng.next() * 2 - 1) / d;
  const frozen = new Set(input.frozenIds);
  for (const id of frozen) table.fill(0, id * d, (id + 1) * d);
  const weights = new Float32Array(input.classes * d);
  const bias = new Float32Array(input.classes);
  const greedy = new Map<string, number[]>();
  const greedyIds = (w: string): number[] => {
    let ids = greedy.get(w);
    if (!ids) greedy.set(w, (ids = segmentGreedy(w, input.vocab, input.unkId)));
    return ids;
  };
  const order = input.examples.map((_, i) => i);
  const totalSteps = epochs * order.length;
  const hidden = new Float32Array(d);
  const gradHidden = new Float32Array(d);
  const probs = new Float32Array(input.classes);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    rng.shuffle(order);
    for (const index of order) {
      const example = input.examples[index] as LabelledWords;
      const lr = options.learningRate * (1 - step / totalSteps);
      step++;
      const tokens: number[] = [];
      for (const w of example.words) {
        const ids = rng.next() < options.dropout ? segmentRandom(w, input.vocab, input.unkId, rng, 0.5) : greedyIds(w);
        for (const id of ids) if (!frozen.has(id)) tokens.push(id);
      }
      if (tokens.length === 0) continue;
      hidden.fill(0);
      for (const t of tokens) for (let k = 0; k < d; k++) hidden[k] = (hidden[k] as number) + (table[t * d + k] as number);
      for (let k = 0; k < d; k++) hidden[k] = (hidden[k] as number) / tokens.length;
      let max = -Infinity;
      for (let c = 0; c < input.classes; c++) {
        let z = bias[c] as number;
        for (let k = 0; k < d; k++) z += (weights[c * d + k] as number) * (hidden[k] as number);
        probs[c] = z;
        if (z > max) max = z;
      }
      let sum = 0;
      for (let c = 0; c < input.classes; c++) sum += probs[c] = Math.exp((probs[c] as number) - max);
      gradHidden.fill(0);
      for (let c = 0; c < input.classes; c++) {
        const g = (probs[c] as number) / sum - (c === example.label ? 1 : 0);
        if (Math.abs(g) < 1e-6) continue;
        for (let k = 0; k < d; k++) {
          gradHidden[k] = (gradHidden[k] as number) + g * (weights[c * d + k] as number);
          weights[c * d + k] = (weights[c * d + k] as number) - lr * g * (hidden[k] as number);
        }
        bias[c] = (bias[c] as number) - lr * g;
      }
      const scale = lr / tokens.length;
      for (const t of tokens) for (let k = 0; k < d; k++) table[t * d + k] = (table[t * d + k] as number) - scale * (gradHidden[k] as number);
    }
    onEpoch(epoch + 1);
  }
  return table;
}
