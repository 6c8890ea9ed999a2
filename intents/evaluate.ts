/**
 * Measures the classifier on the held-out dev set: accuracy overall and per language, `none` precision and
 * recall, the confusions that hurt most, calibration, and the same figures for each signal alone (the character
 * n-gram baseline and the embedding model), so the combination has to earn its place.
 */
import type { SignalScores, TopicClassifier } from './classifier.js';
import { NONE_TOPIC } from './classifier.js';
import type { Example } from './examples.js';
import type { ClassifierSettings } from './settings.js';

export interface Decision {
  threshold: number;
}

export interface Metrics {
  questions: number;
  accuracy: number;
  perLanguage: Record<string, { questions: number; accuracy: number }>;
  nonePrecision: number;
  noneRecall: number;
  /** Share of answerable questions wrongly sent to `none`. */
  falseNoneRate: number;
  /** Expected calibration error of the confidence, 10 bins. */
  calibrationError: number;
  confusions: Array<{ gold: string; predicted: string; count: number }>;
}

/** The predicted class and its confidence under the none rule. */
export function decideTopic(classes: readonly string[], probs: ArrayLike<number>, threshold: number): { topic: string; confidence: number } {
  let best = 0;
  for (let c = 1; c < classes.length; c++) if ((probs[c] as number) > (probs[best] as number)) best = c;
  const topic = classes[best] as string;
  const p = probs[best] as number;
  if (topic === NONE_TOPIC || p < threshold) return { topic: NONE_TOPIC, confidence: topic === NONE_TOPIC ? p : 1 - p };
  return { topic, confidence: p };
}

export function measure(examples: readonly Example[], predictions: ReadonlyArray<{ topic: string; confidence: number }>): Metrics {
  let correct = 0;
  let noneTrue = 0;
  let nonePredicted = 0;
  let noneBoth = 0;
  let answerable = 0;
  let falseNone = 0;
  const perLanguage: Record<string, { questions: number; correct: number }> = {};
  const confusions = new Map<string, number>();
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, hit: 0 }));
  examples.forEach((e, i) => {
    const p = predictions[i] as { topic: string; confidence: number };
    const hit = p.topic === e.topic;
    if (hit) correct++;
    const lang = (perLanguage[e.language] ??= { questions: 0, correct: 0 });
    lang.questions++;
    if (hit) lang.correct++;
    if (e.topic === NONE_TOPIC) noneTrue++;
    if (p.topic === NONE_TOPIC) nonePredicted++;
    if (e.topic === NONE_TOPIC && p.topic === NONE_TOPIC) noneBoth++;
    if (e.topic !== NONE_TOPIC) {
      answerable++;
      if (p.topic === NONE_TOPIC) falseNone++;
    }
    if (!hit) confusions.set(`${e.topic}\t${p.topic}`, (confusions.get(`${e.topic}\t${p.topic}`) ?? 0) + 1);
    const bin = bins[Math.min(9, Math.floor(p.confidence * 10))] as { n: number; conf: number; hit: number };
    bin.n++;
    bin.conf += p.confidence;
    bin.hit += hit ? 1 : 0;
  });
  const n = examples.length || 1;
  return {
    questions: examples.length,
    accuracy: correct / n,
    perLanguage: Object.fromEntries(
      Object.entries(perLanguage)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([l, v]) => [l, { questions: v.questions, accuracy: v.correct / v.questions }]),
    ),
    nonePrecision: nonePredicted ? noneBoth / nonePredicted : 0,
    noneRecall: noneTrue ? noneBoth / noneTrue : 0,
    falseNoneRate: answerable ? falseNone / answerable : 0,
    calibrationError: bins.reduce((sum, b) => sum + (b.n ? (b.n / n) * Math.abs(b.conf / b.n - b.hit / b.n) : 0), 0),
    confusions: [...confusions.entries()]
      .map(([k, count]) => {
        const [gold, predicted] = k.split('\t') as [string, string];
        return { gold, predicted, count };
      })
      .sort((a, b) => b.count - a.count || (a.gold < b.gold ? -1 : 1))
      .slice(0, 10),
  };
}

/** Combines the two signals as the classifier does, for a given weight and temperature. */
export function combine(scores: SignalScores, weight: number, temperature: number): Float64Array {
  const out = new Float64Array(scores.ngrams.length);
  const w = scores.embedding ? weight : 0;
  let max = -Infinity;
  for (let c = 0; c < out.length; c++) {
    const v = (w * Math.log(Math.max((scores.embedding?.[c] as number) ?? 1, 1e-12)) + (1 - w) * Math.log(Math.max(scores.ngrams[c] as number, 1e-12))) / temperature;
    out[c] = v;
    if (v > max) max = v;
  }
  let sum = 0;
  for (let c = 0; c < out.length; c++) sum += out[c] = Math.exp((out[c] as number) - max);
  for (let c = 0; c < out.length; c++) out[c] = (out[c] as number) / sum;
  return out;
}

export async function scoreExamples(classifier: TopicClassifier, examples: readonly Example[], batch = 256): Promise<SignalScores[]> {
  const scores: SignalScores[] = [];
  for (let i = 0; i < examples.length; i += batch) {
    scores.push(...(await classifier.scoreMany(examples.slice(i, i + batch).map((e) => e.text))));
  }
  return scores;
}

export interface Evaluation {
  combined: Metrics;
  baseline: Metrics;
  embedding: Metrics;
  languageAccuracy: number;
}

export async function evaluate(classifier: TopicClassifier, examples: readonly Example[], scores?: SignalScores[]): Promise<Evaluation> {
  const all = scores ?? (await scoreExamples(classifier, examples));
  const { classes, settings } = classifier;
  const decideAll = (pick: (s: SignalScores) => ArrayLike<number>) => all.map((s) => decideTopic(classes, pick(s), settings.none_threshold));
  const classified = await classifier.classifyMany(examples.map((e) => e.text));
  const languageHits = classified.filter((c, i) => c.language === examples[i]?.language).length;
  return {
    combined: measure(examples, decideAll((s) => s.combined)),
    baseline: measure(examples, decideAll((s) => s.ngrams)),
    embedding: measure(examples, decideAll((s) => s.embedding ?? s.ngrams.map(() => 1 / classes.length))),
    languageAccuracy: examples.length ? languageHits / examples.length : 0,
  };
}

export interface TuneResult {
  settings: Pick<ClassifierSettings, 'none_threshold' | 'embedding_weight' | 'temperature'>;
  metrics: Metrics;
  meetsTargets: boolean;
}

/** The accuracy and `none` targets Waymark promises (README); tuning prefers settings that meet them. */
export const TARGETS = { accuracy: 0.9, languageAccuracy: 0.8, noneRecall: 0.8, falseNoneRate: 0.05 };

/** How many of the four targets a result meets. */
export function targetsMet(m: Metrics): number {
  return [
    m.accuracy >= TARGETS.accuracy,
    Object.values(m.perLanguage).every((l) => l.accuracy >= TARGETS.languageAccuracy),
    m.noneRecall >= TARGETS.noneRecall,
    m.falseNoneRate <= TARGETS.falseNoneRate,
  ].filter(Boolean).length;
}

export function meetsTargets(m: Metrics): boolean {
  return targetsMet(m) === 4;
}

/**
 * Grid search over weight, temperature and threshold on the dev set: the settings that meet the most targets win,
 * then the most accurate, then the best calibrated.
 */
export function tune(classes: readonly string[], examples: readonly Example[], scores: readonly SignalScores[]): TuneResult {
  let best: TuneResult | undefined;
  for (let w = 0; w <= 1.0001; w += 0.1) {
    for (const temperature of [0.5, 0.75, 1, 1.5, 2]) {
      const combined = scores.map((s) => combine(s, w, temperature));
      for (let threshold = 0; threshold <= 0.8001; threshold += 0.025) {
        const metrics = measure(examples, combined.map((p) => decideTopic(classes, p, threshold)));
        const candidate: TuneResult = {
          settings: { none_threshold: Math.round(threshold * 1000) / 1000, embedding_weight: Math.round(w * 10) / 10, temperature },
          metrics,
          meetsTargets: meetsTargets(metrics),
        };
        const met = targetsMet(metrics);
        const bestMet = best ? targetsMet(best.metrics) : -1;
        const better =
          !best ||
          met > bestMet ||
          (met === bestMet &&
            (metrics.accuracy > best.metrics.accuracy + 1e-9 ||
              (Math.abs(metrics.accuracy - best.metrics.accuracy) <= 1e-9 && metrics.calibrationError < best.metrics.calibrationError)));
        if (better) best = candidate;
      }
    }
  }
  return best as TuneResult;
}
