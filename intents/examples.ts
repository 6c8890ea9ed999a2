/**
 * Loads and validates the classifier's examples: `intents/examples/train/<lang>.yaml` (what the model learns
 * from) and `intents/examples/dev/<lang>.yaml` (the held-out questions it is measured on, never trained on).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { InvalidDataError, type Problem } from '../knowledge/errors.js';
import { displayPath, readYamlFile } from '../knowledge/yaml-file.js';

export const exampleFile = z
  .object({
    language: z.string().regex(/^[a-z]{2,3}$/, 'expected an ISO 639 code such as "ar" or "ckb"'),
    examples: z.record(z.string(), z.array(z.string().trim().min(1, 'an example must not be empty')).min(1)),
  })
  .strict();

export interface Example {
  text: string;
  topic: string;
  language: string;
}

export type ExampleSet = 'train' | 'dev';

export interface LoadedExamples {
  examples: Example[];
  problems: Problem[];
  /** Hash of the set's files; a changed hash means the bundled model must be rebuilt. */
  hash: string;
  languages: string[];
}

function exampleDir(root: string, set: ExampleSet): string {
  return join(root, 'intents', 'examples', set);
}

/** Loads one set, collecting every problem; unknown class ids and a language that does not match the file name are problems. */
export function loadExampleSet(root: string, set: ExampleSet, classes: readonly string[]): LoadedExamples {
  const dir = exampleDir(root, set);
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  const known = new Set(classes);
  const examples: Example[] = [];
  const problems: Problem[] = [];
  const hash = createHash('sha256');
  const languages: string[] = [];
  for (const name of files) {
    const file = join(dir, name);
    hash.update(name).update('\0').update(readFileSync(file)).update('\0');
    const parsed = readYamlFile(root, file, exampleFile);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const shown = displayPath(root, file);
    const language = name.replace(/\.yaml$/, '');
    if (parsed.value.language !== language) {
      problems.push({ file: shown, key: 'language', message: `says "${parsed.value.language}" but the file is named for "${language}"`, severity: 'error' });
    }
    languages.push(language);
    for (const [topic, texts] of Object.entries(parsed.value.examples)) {
      if (!known.has(topic)) {
        problems.push({ file: shown, key: `examples.${topic}`, message: `unknown topic id; expected one of topics.yaml's ids or "none"`, severity: 'error' });
        continue;
      }
      for (const text of texts) examples.push({ text, topic, language });
    }
  }
  if (files.length === 0) {
    problems.push({ file: displayPath(root, dir), key: '(folder)', message: 'no example files', severity: 'error' });
  }
  return { examples, problems, hash: hash.digest('hex'), languages };
}

/** Loads a set and throws one error listing every problem, for callers that cannot go on without valid data. */
export function loadExamplesOrThrow(root: string, set: ExampleSet, classes: readonly string[]): LoadedExamples {
  const loaded = loadExampleSet(root, set, classes);
  if (loaded.problems.some((p) => p.severity === 'error')) {
    throw new InvalidDataError('EXAMPLES_INVALID', loaded.problems, `Fix the listed files under intents/examples/${set}/.`);
  }
  return loaded;
}
