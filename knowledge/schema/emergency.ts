/**
 * Schema of a country's emergency and help lines, `knowledge/emergency/<country>.yaml`. Labels come from the
 * UI strings (`emergency-kind-<kind>`), so a number is written once and shown in every language.
 */
import { z } from 'zod';
import { countryCode, isoDate, source } from './common.js';

export const EMERGENCY_KINDS = [
  'general',
  'police',
  'ambulance',
  'fire',
  'trafficking',
  'labour-exploitation',
  'women',
  'children',
  'mental-health',
] as const;

export const emergencyNumber = z
  .object({
    kind: z.enum(EMERGENCY_KINDS),
    number: z.string().regex(/^\+?[0-9 ]{3,20}$/, 'expected digits, optionally with spaces and a leading +'),
    /** The line's proper name, e.g. "Numero Verde Anti-tratta"; shown as written. */
    name: z.string().min(1).optional(),
    hours: z.string().min(1).optional(),
    /** Languages the line answers in, where published. */
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).optional(),
  })
  .strict();
export type EmergencyNumber = z.infer<typeof emergencyNumber>;

export const emergencyFile = z
  .object({
    country: countryCode,
    last_verified: isoDate,
    sources: z.array(source).min(1),
    numbers: z.array(emergencyNumber).min(1),
  })
  .strict()
  .refine((f) => f.numbers.some((n) => n.kind === 'general'), {
    message: 'every country needs its general emergency number (kind: general, usually 112)',
    path: ['numbers'],
  });
export type EmergencyFile = z.infer<typeof emergencyFile>;
