/**
 * Schema of `knowledge/needs-categories.yaml`: the N01-N30 categories of the unmet-needs log, from the research
 * synthesis (shared/research/needs-and-gaps.md), each with the topics whose questions belong to it.
 */
import { z } from 'zod';
import { topicId } from './common.js';

/** Category codes are stable ("N" and two digits): reports and coordinators' corrections refer to them. */
export const needCategoryId = z.string().regex(/^N\d{2}$/, 'expected a category code such as "N03"');

export const needCategory = z
  .object({
    id: needCategoryId,
    /** A short English label for reports. */
    name: z.string().trim().min(1).max(60),
    /** What to log under this category, from the research synthesis. */
    description: z.string().trim().min(1),
    /** Topic ids of topics.yaml whose questions belong here; empty when no topic covers the need yet. */
    topics: z.array(topicId).default([]),
  })
  .strict();
export type NeedCategory = z.infer<typeof needCategory>;

export const needsCategoriesFile = z
  .object({
    version: z.literal(1),
    categories: z.array(needCategory).min(1),
  })
  .strict();
