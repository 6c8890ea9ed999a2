/**
 * Builds Waymark's bundled embedding model from the training examples and writes it in the Hugging Face layout
 * (config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx) so transformers.js loads it exactly like
 * a downloaded model. Deterministic: the same examples always give the same files.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Example } from '../examples.js';
import { toOnnxModel } from './onnx-writer.js';
import { createTextSplitter } from './text-splitter.js';
import { DEFAULT_EMBEDDING_OPTIONS, epochsFor, trainEmbeddings, type EmbeddingTrainingOptions } from './train-embeddings.js';
import { SPECIAL_TOKENS, toTokenizerConfig, toTokenizerJson } from './tokenizer-spec.js';
import { buildVocab, DEFAULT_VOCAB_OPTIONS } from './vocab.js';

/** Bumped whenever the model's architecture or training changes, so old builds are rebuilt. */
export const MODEL_FORMAT_VERSION = 1;
const BUILD_INFO = 'waymark-build.json';

export interface BuildInfo {
  formatVersion: number;
  examplesHash: string;
  vocabSize: number;
  dimensions: number;
  examples: number;
}

export interface BuildProgress {
  /** Called with the number of finished steps out of `total` (one per training epoch plus writing). */
  (done: number, total: number, stage: string): void;
}

/** The build recorded in a model folder, or undefined when there is none (or it is unreadable). */
export function readBuildInfo(modelDir: string): BuildInfo | undefined {
  try {
    return JSON.parse(readFileSync(join(modelDir, BUILD_INFO), 'utf8')) as BuildInfo;
  } catch {
    return undefined;
  }
}

/** True when the folder holds a complete build of exactly these examples with the current format. */
export function isModelCurrent(modelDir: string, examplesHash: string): boolean {
  const info = readBuildInfo(modelDir);
  return info?.formatVersion === MODEL_FORMAT_VERSION && info.examplesHash === examplesHash;
}

export function buildModel(
  examples: readonly Example[],
  classes: readonly string[],
  examplesHash: string,
  modelDir: string,
  onProgress: BuildProgress = () => {},
  defaults: EmbeddingTrainingOptions = DEFAULT_EMBEDDING_OPTIONS,
): BuildInfo {
  const options = { ...defaults, epochs: epochsFor(examples.length, defaults) };
  const total = options.epochs + 2;
  onProgress(0, total, 'vocabulary');
  const splitter = createTextSplitter();
  const labelOf = new Map(classes.map((c, i) => [c, i]));
  const labelled = examples.map((e) => {
    const label = labelOf.get(e.topic);
    if (label === undefined) throw new Error(`example topic "${e.topic}" is not a known class`);
    return { words: splitter.words(e.text), label };
  });
  const vocab = buildVocab(labelled.flatMap((e) => e.words), DEFAULT_VOCAB_OPTIONS);
  const ids = new Map(vocab.map((token, id) => [token, id]));
  onProgress(1, total, 'training');
  const table = trainEmbeddings(
    {
      examples: labelled,
      classes: classes.length,
      vocab: ids,
      vocabSize: vocab.length,
      frozenIds: SPECIAL_TOKENS.map((t) => ids.get(t) as number),
      unkId: ids.get('[UNK]') as number,
    },
    options,
    (epoch) => onProgress(1 + epoch, total, 'training'),
  );
  const info: BuildInfo = {
    formatVersion: MODEL_FORMAT_VERSION,
    examplesHash,
    vocabSize: vocab.length,
    dimensions: options.dimensions,
    examples: examples.length,
  };
  writeModelFolder(modelDir, vocab, table, info);
  onProgress(total, total, 'written');
  return info;
}

/** Writes into a sibling temporary folder and renames it into place, so a crash never leaves half a model. */
function writeModelFolder(modelDir: string, vocab: string[], table: Float32Array, info: BuildInfo): void {
  const temp = `${modelDir}.partial`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(join(temp, 'onnx'), { recursive: true });
  const config = {
    model_type: 'bert',
    architectures: ['BertModel'],
    hidden_size: info.dimensions,
    vocab_size: info.vocabSize,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    max_position_embeddings: 256,
    pad_token_id: 0,
  };
  writeFileSync(join(temp, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(join(temp, 'tokenizer.json'), JSON.stringify(toTokenizerJson(vocab)));
  writeFileSync(join(temp, 'tokenizer_config.json'), `${JSON.stringify(toTokenizerConfig(), null, 2)}\n`);
  writeFileSync(join(temp, 'onnx', 'model.onnx'), toOnnxModel(table, vocab.length, info.dimensions, String(MODEL_FORMAT_VERSION)));
  writeFileSync(join(temp, BUILD_INFO), `${JSON.stringify(info, null, 2)}\n`);
  mkdirSync(dirname(modelDir), { recursive: true });
  rmSync(modelDir, { recursive: true, force: true });
  renameSync(temp, modelDir);
}
