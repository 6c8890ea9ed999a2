/**
 * Schema of a country's organisation directory, `knowledge/organisations/<country>.yaml`: the civil society
 * organisations and public services the bot points people to.
 */
import { z } from 'zod';
import { countryCode, httpsUrl, isoDate, languageCode, reviewStatus, topicId } from './common.js';

export const contact = z
  .object({
    web: httpsUrl.optional(),
    email: z.string().email().optional(),
    phone: z.string().regex(/^\+?[0-9 ()-]{3,20}$/, 'expected a phone number such as "+39 06 1234 5678"').optional(),
    address: z.string().min(1).optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, 'an organisation needs at least one way to contact it');

export const organisation = z
  .object({
    id: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, 'ids look like "it-caritas-roma": country code, then kebab-case'),
    name: z.string().min(1),
    /** The name in the host language where it differs. */
    local_name: z.string().min(1).optional(),
    country: countryCode,
    /** City or region served; "national" for country-wide services. */
    region: z.string().min(1),
    topics: z.array(topicId).min(1),
    languages: z.array(languageCode).min(1),
    contact,
    /** Opening hours as published, only where known. */
    hours: z.string().min(1).optional(),
    /** Where the entry comes from: an official page, or the research report with line references. */
    source: z.string().min(1),
    status: reviewStatus,
    review_note: z.string().min(1).optional(),
    last_verified: isoDate.nullable(),
  })
  .strict()
  .refine((o) => o.status !== 'needs_review' || o.review_note, {
    message: 'an organisation marked needs_review must say what to check in review_note',
    path: ['review_note'],
  })
  .refine((o) => o.status !== 'verified' || o.last_verified, {
    message: 'a verified organisation needs the date it was checked in last_verified',
    path: ['last_verified'],
  });
export type Organisation = z.infer<typeof organisation>;

export const organisationFile = z
  .object({ country: countryCode, organisations: z.array(organisation) })
  .strict();
export type OrganisationFile = z.infer<typeof organisationFile>;
