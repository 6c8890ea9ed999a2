/**
 * Which team a hand-off goes to. Only teams of the user's country are considered; among them a team that
 * speaks the user's language comes first (help in one's own language is what the research found people lack
 * most), then one that covers the topic, then one that is open now. A returning user goes back to the team that
 * helped before while it still serves their country and language.
 */
import { isOpen, nextOpening } from './hours.js';
import type { Team } from './teams.js';

export interface RouteRequest {
  country: string;
  language: string;
  topic?: string;
  /** The team of the user's previous hand-off. */
  previousTeam?: string;
}

export interface Route {
  team: Team;
  open: boolean;
  /** When the team opens, if it is closed now; undefined when it has no opening hours at all. */
  opensAt?: Date;
}

function score(team: Team, request: RouteRequest, now: Date): number {
  const speaks = team.languages.includes(request.language);
  const covers = team.topics.length === 0 || (request.topic !== undefined && team.topics.includes(request.topic));
  const returning = team.id === request.previousTeam && speaks;
  return (returning ? 16 : 0) + (speaks ? 8 : 0) + (covers ? 4 : 0) + (isOpen(team, now) ? 2 : 0);
}

/** The best team for a request, or undefined when no team serves the country. Ties go to the file's order. */
export function chooseTeam(teams: readonly Team[], request: RouteRequest, now: Date): Route | undefined {
  const candidates = teams.filter((t) => t.country === request.country);
  let best: Team | undefined;
  let bestScore = -1;
  for (const t of candidates) {
    const s = score(t, request, now);
    if (s > bestScore) [best, bestScore] = [t, s];
  }
  if (!best) return undefined;
  const open = isOpen(best, now);
  const opensAt = open ? undefined : nextOpening(best, now);
  return { team: best, open, ...(opensAt ? { opensAt } : {}) };
}

/** Teams that could take a hand-off for this country: named in the consent question. */
export function teamsFor(teams: readonly Team[], country: string): Team[] {
  return teams.filter((t) => t.country === country);
}
