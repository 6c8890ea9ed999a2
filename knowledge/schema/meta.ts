/**
 * Schemas of the small catalogue files: languages, countries, the phrases the bot recognises, and the coverage
 * the test suite enforces.
 */
import { z } from 'zod';
import { countryCode, languageCode, topicId } from './common.js';

export const languagesFile = z
  .object({
    version: z.literal(1),
    languages: z.array(
      z
        .object({
          code: languageCode,
          name: z.string().min(1),
          native: z.string().min(1),
          direction: z.enum(['ltr', 'rtl']),
          classifier: z.boolean(),
        })
        .strict(),
    ),
  })
  .strict();
export type LanguageInfo = z.infer<typeof languagesFile>['languages'][number];

export const countriesFile = z
  .object({
    version: z.literal(1),
    countries: z.array(
      z
        .object({
          code: countryCode,
          name: z.string().min(1),
          host_languages: z.array(languageCode).min(1),
          varies_by: z.enum(['canton', 'nation', 'region', 'municipality']).nullable(),
        })
        .strict(),
    ),
  })
  .strict();
export type CountryInfo = z.infer<typeof countriesFile>['countries'][number];

const phraseList = z.array(z.string().trim().min(2));
export const phrasesFile = z
  .object({
    version: z.literal(1),
    forget: z.record(languageCode, phraseList),
    countries: z.partialRecord(countryCode, phraseList),
    languages: z.record(languageCode, phraseList),
  })
  .strict();
export type Phrases = z.infer<typeof phrasesFile>;

export const coverageTargetsFile = z
  .object({
    version: z.literal(1),
    targets: z.array(
      z
        .object({
          description: z.string().min(1),
          countries: z.array(countryCode).min(1),
          topics: z.union([z.literal('all'), z.array(topicId).min(1)]),
          languages: z.array(languageCode).min(1),
        })
        .strict(),
    ),
  })
  .strict();
export type CoverageTarget = z.infer<typeof coverageTargetsFile>['targets'][number];
