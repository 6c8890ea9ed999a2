/**
 * The unmet-needs report for a period: what was asked that Waymark could not answer (or answered unhelpfully),
 * counted by country, language, category, channel and reason, week by week, with the main themes. It is what
 * coordinators use to decide which content to write next and what to take to CSOs, so it never names a person:
 * the rows leave out the user hash, and questions are redacted again with the current rules.
 */
import { WaymarkError } from '../../knowledge/errors.js';
import { redact as redactText } from '../redact.js';
import type { UnmetNeed } from '../store/types.js';
import { categoryOf, type NeedCategories } from './categories.js';
import { isoWeeksBetween, toIsoWeek } from './iso-week.js';
import { countAskers, findThemes, type Embed, type Theme, type ThemeOptions } from './themes.js';

/** Calendar days in UTC, both included: `from: 2026-11-17, to: 2026-11-23` is one full week. */
export interface NeedsPeriod {
  from: string;
  to: string;
}

export interface Count {
  key: string;
  /** A readable name where the key is a code (categories). */
  label?: string;
  count: number;
}

export interface WeekCount {
  /** ISO week, e.g. "2026-W47". */
  week: string;
  count: number;
  /** Difference from the previous week in the period; null for the first. */
  change: number | null;
}

/** One record as exported: everything but the user hash, with its effective category. */
export interface NeedsRow {
  at: string;
  channel: string;
  country: string;
  language: string;
  reason: UnmetNeed['reason'];
  topic: string;
  category: string;
  categoryCorrected: boolean;
  candidates: UnmetNeed['candidates'];
  question: string;
}

export interface NeedsReport {
  period: NeedsPeriod;
  total: number;
  /** Distinct people: a user hash counts once, a record unlinked by /forget counts as one. */
  askers: number;
  byCountry: Count[];
  byLanguage: Count[];
  byCategory: Count[];
  byChannel: Count[];
  byReason: Count[];
  weeks: WeekCount[];
  themes: Theme[];
}

export interface ReportDeps {
  categories: NeedCategories;
  embed: Embed;
  redact?: (text: string) => string;
  themes?: ThemeOptions;
  /** How many themes the report keeps, largest first. */
  topThemes?: number;
}

export const UNKNOWN_COUNTRY = 'unknown';
/** The category key of records that no topic maps and no coordinator has filed yet. */
export const UNCATEGORISED = 'uncategorised';
const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function toDay(value: string, name: string): Date {
  const day = new Date(`${value}T00:00:00.000Z`);
  if (!DATE.test(value) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new WaymarkError('INPUT_REJECTED', `${name} "${value}" is not a calendar date`, `Write ${name} as YYYY-MM-DD, e.g. 2026-11-17.`);
  }
  return day;
}

/**
 * The period to report on. `to` defaults to today (UTC) and `from` to 6 days before `to`, so no dates means the
 * last 7 days and `--from` alone means "since then". Throws on a malformed date or a period that ends before it starts.
 */
export function toNeedsPeriod(options: { from?: string; to?: string }, now: Date): NeedsPeriod {
  const given = { from: options.from && toDay(options.from, '--from'), to: options.to && toDay(options.to, '--to') };
  const day = (d: Date): string => d.toISOString().slice(0, 10);
  const shift = (d: Date, days: number): Date => new Date(d.getTime() + days * DAY_MS);
  const to = given.to || new Date(`${day(now)}T00:00:00.000Z`);
  const from = given.from || shift(to, -6);
  if (from > to) {
    throw new WaymarkError('INPUT_REJECTED', `the period ends (${day(to)}) before it starts (${day(from)})`, 'Give --from a date on or before --to.');
  }
  return { from: day(from), to: day(to) };
}

/** Whether a record's time falls on one of the period's days. */
export function isInPeriod(at: string, period: NeedsPeriod): boolean {
  const t = Date.parse(at);
  return t >= toDay(period.from, 'from').getTime() && t < toDay(period.to, 'to').getTime() + DAY_MS;
}

/** The period's records, oldest first, with questions redacted again by the current rules. */
export function selectPeriod(records: readonly UnmetNeed[], period: NeedsPeriod, redact: (text: string) => string = redactText): UnmetNeed[] {
  return records
    .filter((r) => isInPeriod(r.at, period))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((r) => (r.question === undefined ? r : { ...r, question: redact(r.question) }));
}

/** The exported form of records: no user hash, the effective category filled in. */
export function toNeedsRows(records: readonly UnmetNeed[], categories: NeedCategories): NeedsRow[] {
  return records.map((r) => ({
    at: r.at,
    channel: r.channel,
    country: r.country ?? '',
    language: r.language,
    reason: r.reason,
    topic: r.topic ?? '',
    category: categoryOf(r, categories) ?? '',
    categoryCorrected: r.categoryCorrected ?? false,
    candidates: r.candidates.map((c) => ({ topic: c.topic, score: c.score })),
    question: r.question ?? '',
  }));
}

/** Counts per key, largest first, ties in key order, so reports are stable. */
export function countBy<T>(items: readonly T[], keyOf: (item: T) => string, labelOf?: (key: string) => string | undefined): Count[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts]
    .sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([key, count]) => {
      const label = labelOf?.(key);
      return label === undefined ? { key, count } : { key, label, count };
    });
}

/** Records per ISO week of the period, including empty weeks, with the change from the week before. */
export function toWeekCounts(records: readonly UnmetNeed[], period: NeedsPeriod): WeekCount[] {
  const weeks = isoWeeksBetween(toDay(period.from, 'from'), toDay(period.to, 'to'));
  const counts = new Map(weeks.map((w) => [w, 0]));
  for (const r of records) {
    const week = toIsoWeek(new Date(r.at));
    if (counts.has(week)) counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  return weeks.map((week, i) => {
    const count = counts.get(week) ?? 0;
    return { week, count, change: i === 0 ? null : count - (counts.get(weeks[i - 1] as string) ?? 0) };
  });
}

/** Builds the report from the whole log; only the period's records are counted. */
export async function createNeedsReport(log: readonly UnmetNeed[], period: NeedsPeriod, deps: ReportDeps): Promise<{ report: NeedsReport; rows: NeedsRow[] }> {
  const records = selectPeriod(log, period, deps.redact);
  const { categories } = deps;
  const themes = await findThemes(records, deps.embed, { ...deps.themes, ...(deps.redact ? { redact: deps.redact } : {}) });
  const report: NeedsReport = {
    period,
    total: records.length,
    askers: countAskers(records),
    byCountry: countBy(records, (r) => r.country ?? UNKNOWN_COUNTRY),
    byLanguage: countBy(records, (r) => r.language),
    byCategory: countBy(records, (r) => categoryOf(r, categories) ?? UNCATEGORISED, (key) => categories.byId.get(key)?.name),
    byChannel: countBy(records, (r) => r.channel),
    byReason: countBy(records, (r) => r.reason),
    weeks: toWeekCounts(records, period),
    themes: themes.slice(0, deps.topThemes ?? 10),
  };
  return { report, rows: toNeedsRows(records, categories) };
}
