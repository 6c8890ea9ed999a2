/**
 * Sentence embeddings from a local model, through transformers.js' feature-extraction pipeline (mean pooling,
 * L2-normalised). The only module that imports transformers.js. The bundled model and pretrained multilingual
 * models (e.g. Xenova/multilingual-e5-small) go through this same code path.
 */
import { env, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { WaymarkError } from '../knowledge/errors.js';

export interface EmbedderOptions {
  /** A model id: the folder name under `modelsDir`, or a Hugging Face hub id such as "Xenova/multilingual-e5-small". */
  model: string;
  /** Folder holding local models (`<modelsDir>/<model>/config.json`, ...). */
  modelsDir: string;
  /** Where downloaded models are cached, when downloads are allowed. */
  cacheDir: string;
  /** Whether a model missing locally may be downloaded from the hub. Off by default: no cloud at run time. */
  allowRemote: boolean;
  /** Text put before every input; e5 models expect "query: ". */
  queryPrefix: string;
}

export interface Embedder {
  readonly model: string;
  readonly dimensions: number;
  /** One unit-length vector per text; a text with no known token gives an all-zero vector. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  dispose(): Promise<void>;
}

export async function createEmbedder(options: EmbedderOptions): Promise<Embedder> {
  env.localModelPath = options.modelsDir.endsWith('/') ? options.modelsDir : `${options.modelsDir}/`;
  env.allowLocalModels = true;
  env.allowRemoteModels = options.allowRemote;
  env.cacheDir = options.cacheDir;
  let extractor: FeatureExtractionPipeline;
  try {
    extractor = await pipeline('feature-extraction', options.model, { dtype: 'fp32' });
  } catch (error) {
    throw new WaymarkError(
      'MODEL_LOAD_FAILED',
      `could not load the embedding model "${options.model}" from ${options.modelsDir}: ${error instanceof Error ? error.message : String(error)}`,
      options.allowRemote
        ? 'Check the model id and the network, or put the model files in the models folder.'
        : 'Run `waymark train` for the bundled model, or put the pretrained model in the models folder (downloads are off: set EMBEDDING_ALLOW_DOWNLOAD=true to allow them).',
      { cause: error },
    );
  }
  const embed = async (texts: readonly string[]): Promise<Float32Array[]> => {
    if (texts.length === 0) return [];
    const output = await extractor(texts.map((t) => options.queryPrefix + t), { pooling: 'mean', normalize: true });
    const [rows, dims] = output.dims as [number, number];
    const data = output.data as Float32Array;
    const vectors: Float32Array[] = [];
    for (let r = 0; r < rows; r++) {
      const v = data.slice(r * dims, (r + 1) * dims);
      // Normalising an all-zero vector yields NaN; a text with no known token carries no signal.
      if (v.some((x) => Number.isNaN(x))) v.fill(0);
      vectors.push(v);
    }
    output.dispose?.();
    return vectors;
  };
  const probe = await embed(['probe']);
  return {
    model: options.model,
    dimensions: probe[0]?.length ?? 0,
    embed,
    dispose: async () => {
      await extractor.dispose();
    },
  };
}
