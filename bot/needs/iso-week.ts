/**
 * ISO 8601 week labels ("2026-W47"): weeks start on Monday and belong to the year of their Thursday, so a week
 * spanning New Year has one label, the same one spreadsheets and calendars in Europe use.
 */

/** The ISO week of a time, in UTC. */
export function toIsoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Every ISO week touched by the days from `first` to `last` (inclusive), in order. */
export function isoWeeksBetween(first: Date, last: Date): string[] {
  const weeks: string[] = [];
  for (let t = first.getTime(); t <= last.getTime(); t += 86_400_000) {
    const week = toIsoWeek(new Date(t));
    if (weeks[weeks.length - 1] !== week) weeks.push(week);
  }
  return weeks;
}
