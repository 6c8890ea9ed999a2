/**
 * The categories of the unmet-needs log (N01-N30, `knowledge/needs-categories.yaml`) and the rule that files a
 * record under one. Assignment is automatic and recomputed from the current mapping whenever a report is made,
 * so an edit to the YAML applies to past records too; a coordinator's correction (`categoryCorrected`) wins.
 */
import { join } from 'node:path';
import { InvalidDataError, type Problem } from '../../knowledge/errors.js';
import { needsCategoriesFile, type NeedCategory } from '../../knowledge/schema/needs.js';
import { loadTopics } from '../../knowledge/topics.js';
import { readYamlFile } from '../../knowledge/yaml-file.js';
import type { UnmetNeed } from '../store/types.js';

export const NEEDS_CATEGORIES_FILE = 'knowledge/needs-categories.yaml';

export interface NeedCategories {
  /** In file order (N01 first), the order reports list them in. */
  readonly list: readonly NeedCategory[];
  /** The category each mapped topic belongs to. */
  readonly byTopic: ReadonlyMap<string, string>;
  readonly byId: ReadonlyMap<string, NeedCategory>;
}

/**
 * Checks what the schema cannot: unique codes, topic ids that exist in topics.yaml, and each topic in at most
 * one category (otherwise the automatic assignment would depend on file order).
 */
export function findCategoryProblems(list: readonly NeedCategory[], adviceTopics: ReadonlySet<string>, file = NEEDS_CATEGORIES_FILE): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  list.forEach((category, i) => {
    const key = `categories.${i} (${category.id})`;
    if (ids.has(category.id)) problems.push({ file, key: `${key}.id`, message: 'duplicate category code; each code appears once', severity: 'error' });
    ids.add(category.id);
    for (const topic of category.topics) {
      if (!adviceTopics.has(topic)) {
        problems.push({ file, key: `${key}.topics`, message: `unknown topic "${topic}"; use an advice topic id from knowledge/topics.yaml`, severity: 'error' });
      } else if (owner.has(topic)) {
        problems.push({ file, key: `${key}.topics`, message: `topic "${topic}" is already mapped to ${owner.get(topic)}; a topic belongs to one category`, severity: 'error' });
      } else {
        owner.set(topic, category.id);
      }
    }
  });
  return problems;
}

/** Indexes a validated list for lookups by topic and by code. */
export function toNeedCategories(list: readonly NeedCategory[]): NeedCategories {
  const byTopic = new Map<string, string>();
  for (const category of list) for (const topic of category.topics) if (!byTopic.has(topic)) byTopic.set(topic, category.id);
  return { list, byTopic, byId: new Map(list.map((c) => [c.id, c])) };
}

/** Loads and validates the categories file; throws with every problem at once. */
export function loadNeedCategories(root: string): NeedCategories {
  const parsed = readYamlFile(root, join(root, NEEDS_CATEGORIES_FILE), needsCategoriesFile);
  const problems = parsed.ok ? findCategoryProblems(parsed.value.categories, new Set(loadTopics(root).advice)) : parsed.problems;
  if (!parsed.ok || problems.length) {
    throw new InvalidDataError('CONTENT_INVALID', problems, `Fix ${NEEDS_CATEGORIES_FILE} at the keys listed; the codes and names come from shared/research/needs-and-gaps.md.`);
  }
  return toNeedCategories(parsed.value.categories);
}

/**
 * The automatic category of a record: the category of its topic (the answer that was missing or did not help)
 * or else of its highest-scoring candidate that maps to one. Undefined when nothing maps, e.g. a question about
 * housing, which no topic covers yet: those wait for a coordinator, and the themes show what they are about.
 */
export function assignCategory(record: Pick<UnmetNeed, 'topic' | 'candidates'>, categories: NeedCategories): string | undefined {
  if (record.topic !== undefined) {
    const direct = categories.byTopic.get(record.topic);
    if (direct) return direct;
  }
  const ranked = [...record.candidates].sort((a, b) => b.score - a.score);
  for (const candidate of ranked) {
    const mapped = categories.byTopic.get(candidate.topic);
    if (mapped) return mapped;
  }
  return undefined;
}

/** The category a report counts a record under: a coordinator's correction, or else the automatic one. */
export function categoryOf(record: Pick<UnmetNeed, 'topic' | 'candidates' | 'category' | 'categoryCorrected'>, categories: NeedCategories): string | undefined {
  if (record.categoryCorrected && record.category) return record.category;
  return assignCategory(record, categories);
}
