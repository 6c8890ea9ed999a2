/**
 * `waymark eval`: the dev-set figures the README reports — accuracy overall and per language, `none` precision
 * and recall, the worst confusions, the baseline and the embedding model side by side, latency and model size.
 * `--tune` searches the decision settings on the dev set; `--write` saves them to intents/classifier.yaml.
 */
import { readdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopicClassifier } from '../../intents/classifier.js';
import { evaluate, meetsTargets, scoreExamples, TARGETS, tune, type Metrics } from '../../intents/evaluate.js';
import type { Example } from '../../intents/examples.js';
import { SETTINGS_FILE } from '../../intents/settings.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function folderBytes(path: string): number {
  try {
    const s = statSync(path);
    if (!s.isDirectory()) return s.size;
    return readdirSync(path).reduce((sum, f) => sum + folderBytes(join(path, f)), 0);
  } catch {
    return 0;
  }
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export interface EvalOptions {
  tune: boolean;
  write: boolean;
  root: string;
  modelPath: string;
  classifierDir: string;
  latencySamples: number;
}

export async function runEval(classifier: TopicClassifier, dev: readonly Example[], options: EvalOptions, out: (s: string) => void): Promise<number> {
  const scores = await scoreExamples(classifier, dev);
  const result = await evaluate(classifier, dev, scores);
  const row = (name: string, m: Metrics): string =>
    `${name.padEnd(26)} ${pct(m.accuracy).padStart(7)} ${pct(Math.min(...Object.values(m.perLanguage).map((l) => l.accuracy))).padStart(9)} ${pct(m.nonePrecision).padStart(9)} ${pct(m.noneRecall).padStart(9)} ${pct(m.falseNoneRate).padStart(10)} ${m.calibrationError.toFixed(3).padStart(6)}`;
  out(`Dev set: ${dev.length} questions in ${Object.keys(result.combined.perLanguage).length} languages (never used for training).`);
  out(`Settings: ${JSON.stringify(classifier.settings)}\n`);
  out(`${'signal'.padEnd(26)} ${'top-1'.padStart(7)} ${'worst lang'.padStart(9)} ${'none prec'.padStart(9)} ${'none rec'.padStart(9)} ${'false none'.padStart(10)} ${'ECE'.padStart(6)}`);
  out(row('combined (what the bot uses)', result.combined));
  out(row('char n-gram TF-IDF baseline', result.baseline));
  out(row('embedding model alone', result.embedding));
  out(`\nLanguage identification: ${pct(result.languageAccuracy)} of dev questions.`);
  out('\nTop-1 accuracy per language (combined | baseline | embedding):');
  for (const [lang, m] of Object.entries(result.combined.perLanguage)) {
    out(`  ${lang.padEnd(4)} ${String(m.questions).padStart(4)} q  ${pct(m.accuracy).padStart(6)} | ${pct(result.baseline.perLanguage[lang]?.accuracy ?? 0).padStart(6)} | ${pct(result.embedding.perLanguage[lang]?.accuracy ?? 0).padStart(6)}`);
  }
  out('\nConfusions that hurt most (gold -> predicted):');
  for (const c of result.combined.confusions) out(`  ${String(c.count).padStart(3)}  ${c.gold} -> ${c.predicted}`);

  const samples = dev.slice(0, options.latencySamples);
  const times: number[] = [];
  for (const e of samples) {
    const t = performance.now();
    await classifier.classify(e.text);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  out(`\nLatency per question, one at a time (${times.length} questions): median ${quantile(times, 0.5).toFixed(2)} ms, p99 ${quantile(times, 0.99).toFixed(2)} ms`);
  out(`Model size: embedding model ${(folderBytes(options.modelPath) / 1e6).toFixed(1)} MB on disk, classifier heads ${(folderBytes(options.classifierDir) / 1e6).toFixed(1)} MB`);

  const ok = meetsTargets(result.combined);
  out(`\nTargets: top-1 >= ${pct(TARGETS.accuracy)}, every language >= ${pct(TARGETS.languageAccuracy)}, none recall >= ${pct(TARGETS.noneRecall)}, false none <= ${pct(TARGETS.falseNoneRate)}: ${ok ? 'met' : 'NOT met'}`);

  if (options.tune) {
    const best = tune(classifier.classes, dev, scores);
    out(`\nTuned on the dev set: ${JSON.stringify(best.settings)}`);
    out(row('combined, tuned', best.metrics));
    out(`Targets with tuned settings: ${best.meetsTargets ? 'met' : 'NOT met'}`);
    if (options.write) {
      const file = join(options.root, SETTINGS_FILE);
      let yaml = readFileSync(file, 'utf8');
      for (const [key, value] of Object.entries(best.settings)) yaml = yaml.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`);
      writeFileSync(file, yaml);
      out(`Wrote ${SETTINGS_FILE}.`);
    }
  }
  return 0;
}
