/**
 * Teams of volunteers, as data: an operator-managed YAML file (`DATA_DIR/teams.yaml` by default, never
 * committed: it holds Telegram group ids) validated at start-up with every problem listed. Each team belongs to
 * an organisation, whose name signs what volunteers write, so users learn whom they talk to and volunteers stay
 * private.
 */
import { readFileSync } from 'node:fs';
import { IANAZone } from 'luxon';
import { parse } from 'yaml';
import { z } from 'zod';
import { InvalidDataError, WaymarkError } from '../../knowledge/errors.js';
import { countryCode, languageCode, topicId } from '../../knowledge/schema/common.js';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const interval = z
  .string()
  .regex(HHMM, 'expected HH:MM-HH:MM, e.g. 09:00-17:00')
  .refine((s) => s.slice(0, 5) < s.slice(6), 'the interval must end after it starts (split one over midnight into two days)');

export const team = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as fi-helsinki'),
    /** Shown to users: relayed messages are signed with it, and consent names it. */
    organisation: z.string().min(2).max(80),
    country: countryCode,
    /** Where the team works, for people reading the file; routing is by country. */
    regions: z.array(z.string().min(1)).default([]),
    languages: z.array(languageCode).min(1),
    /** Topic ids the team helps with; empty means every topic. */
    topics: z.array(topicId).default([]),
    timezone: z.string().refine((zone) => IANAZone.isValidZone(zone), 'expected an IANA time zone such as Europe/Helsinki'),
    /** Opening hours per weekday in the team's time zone; a day left out is closed. */
    hours: z.partialRecord(z.enum(WEEKDAYS), z.array(interval)),
    /** Where its volunteers work: a Telegram forum group, or the web inbox at /console. */
    desk: z.enum(['telegram', 'console']),
    /** The forum supergroup's chat id (negative, e.g. -1001234567890); required with `desk: telegram`. */
    telegram_chat_id: z.number().int().negative().optional(),
  })
  .strict()
  .refine((t) => t.desk !== 'telegram' || t.telegram_chat_id !== undefined, { message: 'a Telegram desk needs telegram_chat_id', path: ['telegram_chat_id'] });
export type Team = z.infer<typeof team>;

export const teamsFile = z
  .object({ teams: z.array(team).min(1) })
  .strict()
  .refine((f) => new Set(f.teams.map((t) => t.id)).size === f.teams.length, 'each team id appears once');

/** Validates a parsed teams file against the topic ids in use; every problem at once. */
export function parseTeams(data: unknown, file: string, topicIds: ReadonlySet<string>): Team[] {
  const parsed = teamsFile.safeParse(data);
  const problems = parsed.success
    ? parsed.data.teams.flatMap((t, i) =>
        t.topics.filter((topic) => !topicIds.has(topic)).map((topic) => ({ file, key: `teams.${i}.topics`, message: `unknown topic id "${topic}" (see knowledge/topics.yaml)`, severity: 'error' as const })),
      )
    : parsed.error.issues.map((i) => ({ file, key: i.path.join('.') || '(root)', message: i.message, severity: 'error' as const }));
  if (problems.length || !parsed.success) throw new InvalidDataError('CONFIG_INVALID', problems, 'Fix the teams file at the keys listed (README, "Hand-off to volunteers").');
  return parsed.data.teams;
}

/** Reads and validates the teams file. */
export function loadTeams(file: string, topicIds: ReadonlySet<string>): Team[] {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new WaymarkError('CONFIG_INVALID', `could not read the teams file ${file}: ${error instanceof Error ? error.message : String(error)}`, 'Fix the YAML, or remove the file to turn the hand-off to volunteers off.', { cause: error });
  }
  return parseTeams(data, file, topicIds);
}
