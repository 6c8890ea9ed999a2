/**
 * Saves and restores a trained classifier, so start-up and `waymark classify` reuse the heads instead of
 * re-embedding every example. The file name carries a key of everything the heads depend on.
 */
import type { NgramVocabulary } from './char-ngrams.js';
import { readArtifact, writeArtifact } from './artifact-file.js';
import type { SoftmaxModel } from './softmax.js';
import type { TrainedClassifier } from './train-classifier.js';

interface Meta {
  classes: string[];
  languages: string[];
  ngrams: string[];
  heads: Record<string, { classes: number; features: number }>;
}

const HEADS = ['topicFromNgrams', 'topicFromEmbedding', 'languageFromNgrams'] as const;

export function saveClassifier(file: string, trained: TrainedClassifier): void {
  const ngrams: string[] = new Array<string>(trained.ngrams.index.size);
  for (const [gram, i] of trained.ngrams.index) ngrams[i] = gram;
  const arrays: Record<string, Float32Array> = { idf: trained.ngrams.idf };
  const heads: Meta['heads'] = {};
  for (const name of HEADS) {
    const head = trained[name];
    heads[name] = { classes: head.classes, features: head.features };
    arrays[`${name}.weights`] = head.weights;
    arrays[`${name}.bias`] = head.bias;
  }
  writeArtifact<Meta>(file, { meta: { classes: [...trained.classes], languages: [...trained.languages], ngrams, heads }, arrays });
}

export function loadClassifierArtifact(file: string): TrainedClassifier | undefined {
  const artifact = readArtifact<Meta>(file);
  if (!artifact) return undefined;
  const { meta, arrays } = artifact;
  const head = (name: (typeof HEADS)[number]): SoftmaxModel => {
    const shape = meta.heads[name];
    const weights = arrays[`${name}.weights`];
    const bias = arrays[`${name}.bias`];
    if (!shape || !weights || !bias) throw new Error(`classifier file ${file} lacks the ${name} head`);
    return { ...shape, weights, bias };
  };
  const ngrams: NgramVocabulary = {
    index: new Map(meta.ngrams.map((g, i) => [g, i])),
    idf: arrays.idf ?? new Float32Array(0),
  };
  return {
    classes: meta.classes,
    languages: meta.languages,
    ngrams,
    topicFromNgrams: head('topicFromNgrams'),
    topicFromEmbedding: head('topicFromEmbedding'),
    languageFromNgrams: head('languageFromNgrams'),
  };
}
