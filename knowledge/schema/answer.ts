/**
 * Schema of one curated answer file, `knowledge/answers/<country>/<topic>.yaml`. An answer is the unit that
 * reviewers verify: one topic in one country, with every language's text side by side so a reviewer can
 * compare translations against the English original.
 */
import { z } from 'zod';
import { countryCode, httpsUrl, isoDate, languageCode, reviewStatus, source, topicId } from './common.js';

/** How far a translation can be trusted: written in this language, machine or human translated, or checked by a native speaker. */
export const textStatus = z.enum(['original', 'translated', 'reviewed']);

/** The user-facing text of an answer in one language. */
export const answerText = z
  .object({
    status: textStatus,
    /** The short answer in plain language. */
    summary: z.string().min(1),
    /** Where to go: the responsible office or organisation, in words. */
    where: z.string().min(1),
    /** What to bring or do next, one step per item. */
    steps: z.array(z.string().min(1)).min(1),
    /** Where the rule differs inside the country (canton, nation, region) and whom to ask locally. */
    note: z.string().min(1).optional(),
  })
  .strict();
export type AnswerText = z.infer<typeof answerText>;

/** An office named in an answer, with the official URL users are sent to. */
export const office = z.object({ name: z.string().min(1), url: httpsUrl }).strict();

export const answerFile = z
  .object({
    topic: topicId,
    country: countryCode,
    status: reviewStatus,
    /** What a reviewer must check before the answer counts as verified; required when status is needs_review. */
    review_note: z.string().min(1).optional(),
    last_verified: isoDate,
    /** Set when the rule differs inside the country; the text's `note` then says how. */
    varies_by: z.enum(['canton', 'nation', 'region', 'municipality']).optional(),
    offices: z.array(office).min(1),
    sources: z.array(source).min(1),
    /** Ids from `knowledge/organisations/<country>.yaml` that can help with this topic. */
    organisations: z.array(z.string().min(1)).default([]),
    texts: z.record(languageCode, answerText).refine((t) => 'en' in t, 'every answer needs an English text (texts.en)'),
  })
  .strict()
  .refine((a) => a.status !== 'needs_review' || a.review_note, {
    message: 'an answer marked needs_review must say what to check in review_note',
    path: ['review_note'],
  });
export type AnswerFile = z.infer<typeof answerFile>;
