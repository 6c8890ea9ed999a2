/**
 * What the needs page shows, computed from the log: the records a coordinator may see (their countries only),
 * narrowed by the filters and the period, with counts, weekly counts and themes from bot/needs.
 */
import { categoryOf, type NeedCategories } from '../../bot/needs/categories.js';
import { countBy, selectPeriod, toNeedsPeriod, toWeekCounts, UNCATEGORISED, type Count, type NeedsPeriod, type WeekCount } from '../../bot/needs/report.js';
import { countAskers, findThemeGroups, type Embed, type ThemeGroup } from '../../bot/needs/themes.js';
import type { UnmetNeed } from '../../bot/store/types.js';

export const FILTER_KEYS = ['country', 'language', 'category', 'from', 'to'] as const;
export type NeedsFilters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

export interface NeedsView {
  filters: NeedsFilters;
  period: NeedsPeriod;
  /** The coordinator's countries, for the country filter. */
  countries: readonly string[];
  /** Languages found among the coordinator's records, for the language filter. */
  languages: string[];
  records: UnmetNeed[];
  askers: number;
  byCategory: Count[];
  byLanguage: Count[];
  weeks: WeekCount[];
  themes: ThemeGroup[];
}

export interface NeedsViewDeps {
  categories: NeedCategories;
  embed: Embed;
  now: () => Date;
}

/** The known filters from a query or form, empty values dropped; anything else is ignored. */
export function toFilters(get: (key: string) => string | null | undefined): NeedsFilters {
  const filters: NeedsFilters = {};
  for (const key of FILTER_KEYS) {
    const value = get(key)?.trim().slice(0, 64);
    if (value) filters[key] = value;
  }
  return filters;
}

export function toFilterQuery(filters: NeedsFilters): string {
  const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => e[1] !== undefined)).toString();
  return query ? `?${query}` : '';
}

/** Throws WaymarkError INPUT_REJECTED on a malformed period (from toNeedsPeriod). */
export async function buildNeedsView(log: readonly UnmetNeed[], countries: readonly string[], filters: NeedsFilters, deps: NeedsViewDeps): Promise<NeedsView> {
  const period = toNeedsPeriod({ from: filters.from, to: filters.to }, deps.now());
  const visible = log.filter((r) => r.country !== undefined && countries.includes(r.country));
  const records = selectPeriod(visible, period).filter(
    (r) =>
      (!filters.country || r.country === filters.country) &&
      (!filters.language || r.language === filters.language) &&
      (!filters.category || (categoryOf(r, deps.categories) ?? UNCATEGORISED) === filters.category),
  );
  return {
    filters,
    period,
    countries,
    languages: [...new Set(visible.map((r) => r.language))].sort(),
    records,
    askers: countAskers(records),
    byCategory: countBy(records, (r) => categoryOf(r, deps.categories) ?? UNCATEGORISED, (key) => deps.categories.byId.get(key)?.name),
    byLanguage: countBy(records, (r) => r.language),
    weeks: toWeekCounts(records, period),
    themes: await findThemeGroups(records, deps.embed),
  };
}
