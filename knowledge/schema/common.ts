/**
 * Building blocks shared by every knowledge-base schema. Kept in one place so that a country code,
 * a date or a URL is checked the same way in answers, organisations and emergency numbers.
 */
import { z } from 'zod';

/** ISO 3166-1 alpha-2 codes of the countries Waymark covers; the list is a public contract (topics.yaml). */
export const COUNTRY_CODES = ['CZ', 'DK', 'FI', 'GB', 'GR', 'IT', 'CH'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];
export const countryCode = z.enum(COUNTRY_CODES);

/** A language code as used in file names and text maps: ISO 639-1, or ISO 639-3 where no 639-1 code exists. */
export const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'expected an ISO 639 code such as "ar" or "ckb"');

/** A calendar date written as YYYY-MM-DD; YAML's own date type is refused so dates round-trip as text. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real calendar date');

/** Only https links are shown to users: plain http can be altered on the way. */
export const httpsUrl = z.string().url().refine((u) => u.startsWith('https://'), 'links must use https://');

/** A cited source: the page a fact was checked against. */
export const source = z.object({ url: httpsUrl, title: z.string().min(1) }).strict();

/** Whether content was checked against a current official source, or still needs a person to check it. */
export const reviewStatus = z.enum(['verified', 'needs_review']);

/** Topic ids are kebab-case words; which ids exist is decided by topics.yaml, checked by the loader. */
export const topicId = z.string().regex(/^[a-z][a-z-]*[a-z]$/, 'expected a kebab-case topic id');
