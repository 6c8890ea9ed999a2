/**
 * The classifier's decision settings (`intents/classifier.yaml`): when to answer, when to ask which topic was
 * meant, when to say the question is not covered. They are chosen from the dev set with `waymark eval --tune`.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { InvalidDataError } from '../knowledge/errors.js';
import { readYamlFile } from '../knowledge/yaml-file.js';

export const classifierSettings = z
  .object({
    /** Below this confidence the answer is `none`. */
    none_threshold: z.number().min(0).max(1),
    /** When the runner-up is within this distance of the top topic, the bot asks which one was meant. */
    ambiguity_margin: z.number().min(0).max(1),
    /** Weight of the embedding model against the character n-gram signal, 0..1. */
    embedding_weight: z.number().min(0).max(1),
    /** Softmax temperature that calibrates the combined scores. */
    temperature: z.number().positive(),
    /** Below this language-ID confidence, a short message does not change the conversation language. */
    language_switch_confidence: z.number().min(0).max(1),
  })
  .strict();
export type ClassifierSettings = z.infer<typeof classifierSettings>;

export const SETTINGS_FILE = join('intents', 'classifier.yaml');

export function loadClassifierSettings(root: string): ClassifierSettings {
  const parsed = readYamlFile(root, join(root, SETTINGS_FILE), classifierSettings);
  if (!parsed.ok) throw new InvalidDataError('CONFIG_INVALID', parsed.problems, `Fix ${SETTINGS_FILE} (see the comments in it).`);
  return parsed.value;
}
