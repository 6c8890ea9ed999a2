/**
 * Waiting times of hand-offs, from their stored events: how many people asked for a volunteer, how many got an
 * answer, how many waited in vain, and how long the first answer took. Coordinators use these figures to argue
 * for volunteer hours where people wait longest.
 */
import { isInPeriod, type NeedsPeriod } from '../needs/report.js';
import type { HandoffRecord } from '../store/handoff-record.js';

export interface WaitingTimes {
  /** Hand-offs the user agreed to (routed to a team) in the period. */
  routed: number;
  answered: number;
  timedOut: number;
  /** Minutes from routing to the first volunteer answer, over the answered ones; undefined when none. */
  medianMinutes?: number;
  p90Minutes?: number;
}

const quantile = (sorted: readonly number[], q: number): number | undefined => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : undefined);

/** The figures for hand-offs of `countries` (and `country`, when filtered) routed during `period`. */
export function summariseWaitingTimes(handoffs: readonly HandoffRecord[], countries: readonly string[], period: NeedsPeriod, country?: string): WaitingTimes {
  const waits: number[] = [];
  let routed = 0;
  let timedOut = 0;
  for (const h of handoffs) {
    const routedAt = h.events.find((e) => e.type === 'routed')?.at;
    if (!routedAt || !h.country || !countries.includes(h.country) || (country && h.country !== country) || !isInPeriod(routedAt, period)) continue;
    routed++;
    const replied = h.events.find((e) => e.type === 'replied')?.at;
    if (replied) waits.push((Date.parse(replied) - Date.parse(routedAt)) / 60_000);
    if (h.events.some((e) => e.type === 'timed-out')) timedOut++;
  }
  waits.sort((a, b) => a - b);
  const median = quantile(waits, 0.5);
  const p90 = quantile(waits, 0.9);
  return { routed, answered: waits.length, timedOut, ...(median !== undefined ? { medianMinutes: Math.round(median) } : {}), ...(p90 !== undefined ? { p90Minutes: Math.round(p90) } : {}) };
}
