/**
 * Classifies a message into a topic id, a calibrated confidence, the detected language and the next
 * alternatives, combining the embedding model with character n-grams. Expected outcomes (`none`, an ambiguous
 * pair) are values in the result, never exceptions.
 */
import { toNgrams, toTfidf } from './char-ngrams.js';
import type { Embedder } from './embedder.js';
import type { TextSplitter } from './model/text-splitter.js';
import type { ClassifierSettings } from './settings.js';
import { logits, softmaxInPlace, toSparse, type SparseVector } from './softmax.js';
import type { TrainedClassifier } from './train-classifier.js';

export const NONE_TOPIC = 'none';
/** ISO 639-2 "undetermined", for input with no letters. */
export const UNDETERMINED = 'und';

export interface ScoredTopic {
  topic: string;
  confidence: number;
}

export interface Classification {
  text: string;
  /** A topic id from topics.yaml, or `none`. */
  topic: string;
  confidence: number;
  language: string;
  languageConfidence: number;
  /** The runner-up is close: the bot should ask which topic was meant. */
  ambiguous: boolean;
  /** The next most likely classes, best first (never the chosen topic). */
  alternatives: ScoredTopic[];
}

/** Per-signal probabilities, exposed for evaluation (baseline against model). */
export interface SignalScores {
  ngrams: Float64Array;
  embedding: Float64Array | undefined;
  combined: Float64Array;
}

export interface TopicClassifier {
  classify(text: string): Promise<Classification>;
  classifyMany(texts: readonly string[]): Promise<Classification[]>;
  /** The raw signals, for `waymark eval`. */
  scoreMany(texts: readonly string[]): Promise<SignalScores[]>;
  readonly classes: readonly string[];
  readonly languages: readonly string[];
  readonly settings: ClassifierSettings;
}

function logSoftmax(scores: Float64Array): Float64Array {
  const p = softmaxInPlace(scores);
  return p.map((x) => Math.log(Math.max(x, 1e-12)));
}

function ranked(classes: readonly string[], probs: Float64Array): ScoredTopic[] {
  return classes.map((topic, i) => ({ topic, confidence: probs[i] as number })).sort((a, b) => b.confidence - a.confidence);
}

export function createTopicClassifier(deps: {
  trained: TrainedClassifier;
  embedder: Embedder;
  splitter: TextSplitter;
  settings: ClassifierSettings;
}): TopicClassifier {
  const { trained, embedder, splitter, settings } = deps;
  const { classes, languages } = trained;

  /** Scores texts and identifies their language from the same n-gram features, computed once per text. */
  const analyse = async (texts: readonly string[]): Promise<Array<{ scores: SignalScores; language: { language: string; confidence: number } }>> => {
    const vectors = await embedder.embed(texts);
    return texts.map((text, n) => {
      const features = toTfidf(trained.ngrams, toNgrams(splitter, text));
      const ngrams = logSoftmax(logits(trained.topicFromNgrams, features));
      const vector = vectors[n] as Float32Array;
      const hasSignal = vector.some((x) => x !== 0);
      const embedding = hasSignal ? logSoftmax(logits(trained.topicFromEmbedding, toSparse(vector))) : undefined;
      const w = embedding ? settings.embedding_weight : 0;
      const combined = new Float64Array(classes.length);
      for (let c = 0; c < classes.length; c++) combined[c] = w * ((embedding?.[c] as number) ?? 0) + (1 - w) * (ngrams[c] as number);
      softmaxInPlace(combined, settings.temperature);
      return { scores: { ngrams: ngrams.map(Math.exp), embedding: embedding?.map(Math.exp), combined }, language: detectLanguage(features) };
    });
  };

  const scoreMany = async (texts: readonly string[]): Promise<SignalScores[]> => (await analyse(texts)).map((a) => a.scores);

  const detectLanguage = (features: SparseVector): { language: string; confidence: number } => {
    if (features.indices.length === 0) return { language: UNDETERMINED, confidence: 0 };
    const best = ranked(languages, softmaxInPlace(logits(trained.languageFromNgrams, features)))[0];
    return best ? { language: best.topic, confidence: best.confidence } : { language: UNDETERMINED, confidence: 0 };
  };

  const decide = (text: string, scores: SignalScores, detected: { language: string; confidence: number }): Classification => {
    const order = ranked(classes, scores.combined);
    const top = order[0] as ScoredTopic;
    const second = order[1];
    const { language, confidence: languageConfidence } = detected;
    const isNone = top.topic === NONE_TOPIC || top.confidence < settings.none_threshold;
    const topic = isNone ? NONE_TOPIC : top.topic;
    const alternatives = order.filter((s) => s.topic !== topic).slice(0, 3);
    const ambiguous =
      !isNone && second !== undefined && second.topic !== NONE_TOPIC && top.confidence - second.confidence < settings.ambiguity_margin;
    return {
      text,
      topic,
      confidence: isNone && top.topic !== NONE_TOPIC ? 1 - top.confidence : top.confidence,
      language,
      languageConfidence,
      ambiguous,
      alternatives,
    };
  };

  /** Text without a single letter (punctuation, emoji, digits) carries no question: `none`, language undetermined. */
  const hasLetters = (text: string): boolean => /\p{L}/u.test(text);

  const classifyMany = async (texts: readonly string[]): Promise<Classification[]> => {
    const analysed = await analyse(texts);
    return texts.map((t, i) =>
      hasLetters(t)
        ? decide(t, analysed[i]?.scores as SignalScores, analysed[i]?.language ?? { language: UNDETERMINED, confidence: 0 })
        : { text: t, topic: NONE_TOPIC, confidence: 1, language: UNDETERMINED, languageConfidence: 0, ambiguous: false, alternatives: [] },
    );
  };

  return {
    classes,
    languages,
    settings,
    scoreMany,
    classifyMany,
    classify: async (text) => (await classifyMany([text]))[0] as Classification,
  };
}
