/**
 * Themes of the unmet-needs log: similar questions grouped across languages, so a coordinator sees "twelve
 * people asked about finding a flat, in four languages" rather than a list of single questions. Uses the same
 * multilingual sentence embeddings as the classifier, passed in as a function so this module stays pure.
 *
 * Clustering is greedy and deterministic: distinct questions are visited in a fixed order (most frequent first,
 * then alphabetically), each joins the theme whose centre is most similar if that similarity reaches the
 * threshold, or starts a new theme. The same log always gives the same themes, whatever order it was stored in.
 */
import { WaymarkError } from '../../knowledge/errors.js';
import { redact as redactText } from '../redact.js';
import type { UnmetNeed } from '../store/types.js';

/** Sentence embeddings: one unit-length vector per text (see intents/embedder.ts). */
export type Embed = (texts: readonly string[]) => Promise<Float32Array[]>;

export interface Theme {
  /** Records in the theme. */
  count: number;
  /** Distinct people who asked: a user hash is counted once; a record unlinked by /forget counts as one person. */
  askers: number;
  /** `askers` divided by the distinct askers of all records given, 0 to 1. */
  askerShare: number;
  /** Languages the questions were asked in, sorted. */
  languages: string[];
  /** Up to `maxQuestions` distinct questions, redacted, the most typical first. */
  questions: string[];
}

export interface ThemeOptions {
  /** Cosine similarity a question needs with a theme's centre to join it. */
  threshold?: number;
  maxQuestions?: number;
  /** Texts per call to `embed`, to bound memory on a large log. */
  batchSize?: number;
  /** Applied to the questions shown, so records stored before a redaction rule existed are covered too. */
  redact?: (text: string) => string;
}

/**
 * Chosen on the bundled model: paraphrases of one need in English, French, Russian, Ukrainian and Arabic reach
 * it, different needs mostly do not (0.7 splits Arabic from the other languages; 0.6 merges unrelated questions
 * that no topic covers, which the bundled model places close together). A pretrained multilingual model
 * separates those better and may warrant a higher value.
 */
export const DEFAULT_THEME_THRESHOLD = 0.65;

interface Question {
  key: string;
  text: string;
  records: UnmetNeed[];
  vector: Float32Array;
}

interface Cluster {
  sum: Float64Array;
  members: Question[];
}

const normalise = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');
/** Code-point order, not locale order: the same themes on every machine. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function cosineToCentre(vector: Float32Array, sum: Float64Array): number {
  let dot = 0;
  let norm = 0;
  let own = 0;
  for (let i = 0; i < sum.length; i++) {
    const s = sum[i] as number;
    const v = vector[i] as number;
    dot += v * s;
    norm += s * s;
    own += v * v;
  }
  return norm === 0 || own === 0 ? 0 : dot / Math.sqrt(norm * own);
}

/** Distinct questions (after trimming and case-folding) with the records that asked them, in visiting order. */
function toDistinctQuestions(records: readonly UnmetNeed[]): Omit<Question, 'vector'>[] {
  const byKey = new Map<string, Omit<Question, 'vector'>>();
  for (const record of records) {
    const text = record.question?.trim();
    if (!text) continue;
    const key = normalise(text);
    const entry = byKey.get(key);
    if (entry) {
      entry.records.push(record);
      if (text < entry.text) entry.text = text;
    } else {
      byKey.set(key, { key, text, records: [record] });
    }
  }
  return [...byKey.values()].sort((a, b) => b.records.length - a.records.length || compareText(a.key, b.key));
}

async function embedAll(texts: readonly string[], embed: Embed, batchSize: number): Promise<Float32Array[]> {
  const vectors: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += batchSize) vectors.push(...(await embed(texts.slice(i, i + batchSize))));
  if (vectors.length !== texts.length) {
    throw new WaymarkError('MODEL_LOAD_FAILED', `the embedding model returned ${vectors.length} vectors for ${texts.length} questions`, 'Check EMBEDDING_MODEL: it must be a feature-extraction model giving one vector per text.');
  }
  return vectors;
}

function toClusters(questions: readonly Question[], threshold: number): Cluster[] {
  const clusters: Cluster[] = [];
  for (const question of questions) {
    let best: Cluster | undefined;
    let bestScore = -Infinity;
    for (const cluster of clusters) {
      const score = cosineToCentre(question.vector, cluster.sum);
      if (score > bestScore) [best, bestScore] = [cluster, score];
    }
    const target = best && bestScore >= threshold ? best : { sum: new Float64Array(question.vector.length), members: [] };
    if (target !== best) clusters.push(target);
    target.members.push(question);
    const weight = question.records.length;
    for (let i = 0; i < target.sum.length; i++) target.sum[i] = (target.sum[i] as number) + (question.vector[i] as number) * weight;
  }
  return clusters;
}

/** A stand-in identity for askers: the user hash, or the record itself once /forget has unlinked it. */
function askerIds(records: readonly UnmetNeed[], all: ReadonlyMap<UnmetNeed, number>): Set<string> {
  return new Set(records.map((r) => r.userHash ?? `unlinked:${all.get(r) ?? -1}`));
}

/** Distinct people among records: a user hash counts once, a record unlinked by /forget counts as one person. */
export function countAskers(records: readonly UnmetNeed[]): number {
  return askerIds(records, new Map(records.map((r, i) => [r, i]))).size;
}

function toTheme(cluster: Cluster, index: ReadonlyMap<UnmetNeed, number>, totalAskers: number, maxQuestions: number, redact: (s: string) => string): Theme {
  const records = cluster.members.flatMap((m) => m.records);
  const askers = askerIds(records, index).size;
  const typical = cluster.members
    .map((m) => ({ m, score: cosineToCentre(m.vector, cluster.sum) }))
    .sort((a, b) => b.score - a.score || b.m.records.length - a.m.records.length || compareText(a.m.key, b.m.key));
  const questions: string[] = [];
  for (const { m } of typical) {
    const shown = redact(m.text);
    if (!questions.includes(shown)) questions.push(shown);
    if (questions.length >= maxQuestions) break;
  }
  return {
    count: records.length,
    askers,
    askerShare: totalAskers === 0 ? 0 : askers / totalAskers,
    languages: [...new Set(records.map((r) => r.language))].sort(),
    questions,
  };
}

/** A theme with the records it was made of, for views that act on a whole theme (the coordinators' console). */
export interface ThemeGroup {
  theme: Theme;
  records: UnmetNeed[];
}

/**
 * Groups the records' questions into themes, largest first, each with its records. Records without a question
 * are left out of the themes but still count among all askers, so shares are shares of everyone with an unmet need.
 */
export async function findThemeGroups(records: readonly UnmetNeed[], embed: Embed, options: ThemeOptions = {}): Promise<ThemeGroup[]> {
  const { threshold = DEFAULT_THEME_THRESHOLD, maxQuestions = 3, batchSize = 64, redact = redactText } = options;
  const index = new Map(records.map((r, i) => [r, i]));
  const totalAskers = askerIds(records, index).size;
  const distinct = toDistinctQuestions(records);
  const vectors = await embedAll(distinct.map((q) => q.text), embed, batchSize);
  const questions = distinct.map((q, i) => ({ ...q, vector: vectors[i] as Float32Array }));
  return toClusters(questions, threshold)
    .map((c) => ({ theme: toTheme(c, index, totalAskers, maxQuestions, redact), records: c.members.flatMap((m) => m.records) }))
    .sort((a, b) => b.theme.count - a.theme.count || b.theme.askers - a.theme.askers || compareText(a.theme.questions[0] ?? '', b.theme.questions[0] ?? ''));
}

/** The themes of {@link findThemeGroups} without their records: what reports and exports show. */
export async function findThemes(records: readonly UnmetNeed[], embed: Embed, options: ThemeOptions = {}): Promise<Theme[]> {
  return (await findThemeGroups(records, embed, options)).map((g) => g.theme);
}
