/**
 * The topic catalogue (`knowledge/topics.yaml`, a copy of the public contract in shared/contract): which topic
 * ids exist, which pillar each belongs to, and which ids are conversation moves rather than advice topics.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { InvalidDataError } from './errors.js';
import { readYamlFile } from './yaml-file.js';

const topicsFile = z.object({
  version: z.literal(1),
  countries: z.array(z.string()),
  pillars: z.record(z.string(), z.record(z.string(), z.string())),
  conversation: z.record(z.string(), z.string()),
  none: z.string(),
});

/** The class id for questions that fit no topic. */
export const NONE = 'none';

export interface TopicCatalogue {
  /** Advice topics, each answered from the knowledge base, in catalogue order. */
  advice: readonly string[];
  /** Conversation moves (greeting, emergency, ...), answered from UI strings. */
  conversation: readonly string[];
  /** Every class the classifier knows: advice, conversation and `none`. */
  classes: readonly string[];
  pillarOf: ReadonlyMap<string, string>;
  description: ReadonlyMap<string, string>;
}

export function loadTopics(root: string): TopicCatalogue {
  const parsed = readYamlFile(root, join(root, 'knowledge', 'topics.yaml'), topicsFile);
  if (!parsed.ok) throw new InvalidDataError('CONTENT_INVALID', parsed.problems, 'Restore knowledge/topics.yaml from shared/contract/topics.yaml.');
  const pillarOf = new Map<string, string>();
  const description = new Map<string, string>();
  for (const [pillar, topics] of Object.entries(parsed.value.pillars)) {
    for (const [id, text] of Object.entries(topics)) {
      pillarOf.set(id, pillar);
      description.set(id, text);
    }
  }
  for (const [id, text] of Object.entries(parsed.value.conversation)) description.set(id, text);
  const advice = [...pillarOf.keys()];
  const conversation = Object.keys(parsed.value.conversation);
  return { advice, conversation, classes: [...advice, ...conversation, NONE], pillarOf, description };
}
