/**
 * Opening hours in a team's own time zone (daylight saving included, through luxon and the IANA database), so
 * users can be told honestly when a volunteer can answer.
 */
import { DateTime } from 'luxon';
import { WEEKDAYS, type Team } from './teams.js';

/** How far ahead the next opening is searched; a team with no hours at all never opens. */
const SEARCH_DAYS = 8;

interface Opening {
  from: DateTime;
  to: DateTime;
}

function openingsOn(day: DateTime, hours: Team['hours']): Opening[] {
  const weekday = WEEKDAYS[day.weekday - 1];
  return (weekday ? (hours[weekday] ?? []) : []).map((interval) => {
    const [from = '00:00', to = '00:00'] = interval.split('-');
    const at = (hhmm: string): DateTime => (hhmm === '24:00' ? day.plus({ days: 1 }).startOf('day') : day.set({ hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3)) }));
    return { from: at(from), to: at(to) };
  });
}

/** Whether the team is open at `now`. */
export function isOpen(team: Pick<Team, 'hours' | 'timezone'>, now: Date): boolean {
  const local = DateTime.fromJSDate(now, { zone: team.timezone });
  return openingsOn(local.startOf('day'), team.hours).some((o) => local >= o.from && local < o.to);
}

/** When the team next opens: `now` itself when open, undefined when it has no opening hours in the next week. */
export function nextOpening(team: Pick<Team, 'hours' | 'timezone'>, now: Date): Date | undefined {
  const local = DateTime.fromJSDate(now, { zone: team.timezone });
  for (let d = 0; d < SEARCH_DAYS; d++) {
    const day = local.startOf('day').plus({ days: d });
    const opening = openingsOn(day, team.hours)
      .filter((o) => o.to > local)
      .sort((a, b) => a.from.toMillis() - b.from.toMillis())[0];
    if (opening) return opening.from <= local ? now : opening.from.toJSDate();
  }
  return undefined;
}
