/**
 * Everything needed to classify, assembled from configuration: validates the examples, rebuilds the bundled
 * model when the examples changed, loads the embedder, and trains (or reuses) the classifier heads.
 */
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadTopics } from '../knowledge/topics.js';
import { loadClassifierArtifact, saveClassifier } from './classifier-artifact.js';
import { createTopicClassifier, type TopicClassifier } from './classifier.js';
import { createEmbedder, type Embedder } from './embedder.js';
import { loadExamplesOrThrow } from './examples.js';
import { buildModel, isModelCurrent, readBuildInfo } from './model/build-model.js';
import { createTextSplitter } from './model/text-splitter.js';
import { loadClassifierSettings } from './settings.js';
import { trainClassifier } from './train-classifier.js';

/** The configuration value that selects the model built from Waymark's own examples. */
export const BUNDLED_MODEL = 'bundled';
export const BUNDLED_MODEL_ID = 'waymark-embedder';
const CLASSIFIER_FORMAT = 3;
const EMBED_BATCH = 128;

export interface ModelSettings {
  /** `bundled`, or a pretrained model id such as "Xenova/multilingual-e5-small". */
  model: string;
  /** Folder of local models; the bundled model is built into `<modelsDir>/waymark-embedder`. */
  modelsDir: string;
  cacheDir: string;
  allowRemote: boolean;
  queryPrefix: string;
}

export type Progress = (stage: 'model' | 'classifier', done: number, total: number) => void;

export interface LoadedClassifier {
  classifier: TopicClassifier;
  embedder: Embedder;
  /** Whether the bundled model had to be (re)built during this load. */
  rebuilt: boolean;
}

/** Builds the bundled model unless the folder already holds a build of exactly these examples. Returns whether it built. */
export function ensureBundledModel(root: string, modelsDir: string, onProgress: Progress = () => {}, force = false): boolean {
  const topics = loadTopics(root);
  const train = loadExamplesOrThrow(root, 'train', topics.classes);
  const dir = join(modelsDir, BUNDLED_MODEL_ID);
  if (!force && isModelCurrent(dir, train.hash)) return false;
  buildModel(train.examples, topics.classes, train.hash, dir, (done, total) => onProgress('model', done, total));
  return true;
}

/**
 * Heads trained for earlier examples or another model are never read again (the key names what they were trained
 * on); without this, every edit of the examples would leave about 70 MB behind in DATA_DIR.
 */
function removeOtherArtifacts(kept: string): void {
  const dir = dirname(kept);
  for (const name of readdirSync(dir)) if (name.endsWith('.bin') && join(dir, name) !== kept) rmSync(join(dir, name), { force: true });
}

export async function loadClassifier(root: string, dataDir: string, model: ModelSettings, onProgress: Progress = () => {}): Promise<LoadedClassifier> {
  const topics = loadTopics(root);
  const train = loadExamplesOrThrow(root, 'train', topics.classes);
  const bundled = model.model === BUNDLED_MODEL;
  const rebuilt = bundled ? ensureBundledModel(root, model.modelsDir, onProgress) : false;
  const embedder = await createEmbedder({
    model: bundled ? BUNDLED_MODEL_ID : model.model,
    modelsDir: model.modelsDir,
    cacheDir: model.cacheDir,
    allowRemote: model.allowRemote,
    queryPrefix: model.queryPrefix,
  });
  const key = createHash('sha256')
    .update(JSON.stringify([CLASSIFIER_FORMAT, model.model, model.queryPrefix, train.hash, bundled ? readBuildInfo(join(model.modelsDir, BUNDLED_MODEL_ID)) : null]))
    .digest('hex')
    .slice(0, 16);
  const file = join(dataDir, 'classifier', `${key}.bin`);
  const splitter = createTextSplitter();
  let trained = loadClassifierArtifact(file);
  if (!trained) {
    const texts = train.examples.map((e) => e.text);
    const vectors: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += EMBED_BATCH) {
      vectors.push(...(await embedder.embed(texts.slice(i, i + EMBED_BATCH))));
      onProgress('classifier', Math.min(i + EMBED_BATCH, texts.length), texts.length);
    }
    trained = trainClassifier(train.examples, vectors, topics.classes, splitter);
    saveClassifier(file, trained);
    removeOtherArtifacts(file);
  }
  const classifier = createTopicClassifier({ trained, embedder, splitter, settings: loadClassifierSettings(root) });
  return { classifier, embedder, rebuilt };
}
