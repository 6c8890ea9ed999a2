/**
 * Retention of the unmet-needs log: records are kept for a limited period (12 months unless configured) and then
 * deleted, because even redacted questions can say something about a person, and a year is enough to see trends.
 */
import { WaymarkError } from '../../knowledge/errors.js';
import type { Store } from '../store/types.js';

export const DEFAULT_RETENTION_MONTHS = 12;

export interface RetentionOptions {
  /** Injected clock, so tests and scheduled jobs decide what "now" is. */
  now: () => Date;
  /** Whole months to keep records; defaults to {@link DEFAULT_RETENTION_MONTHS}. */
  months?: number;
}

/**
 * The oldest time still kept: `months` calendar months before `now`, in UTC. The day is clamped to the target
 * month's length, so 31 March minus one month is the last day of February rather than early March.
 */
export function toRetentionCutoff(now: Date, months: number = DEFAULT_RETENTION_MONTHS): Date {
  if (!Number.isInteger(months) || months < 1) {
    throw new WaymarkError('INPUT_REJECTED', `the retention period must be a whole number of months (1 or more), got ${months}`, 'Pass a period such as 12.');
  }
  const target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  target.setUTCHours(now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds());
  return target;
}

/**
 * Deletes the records older than the retention period, and closed hand-offs (their events only) as old; returns
 * how many records were deleted and the cutoff used.
 */
export async function pruneExpiredNeeds(store: Pick<Store, 'pruneUnmetNeeds' | 'pruneClosedHandoffs'>, options: RetentionOptions): Promise<{ deleted: number; handoffs: number; before: string }> {
  const before = toRetentionCutoff(options.now(), options.months).toISOString();
  return { deleted: await store.pruneUnmetNeeds(before), handoffs: await store.pruneClosedHandoffs(before), before };
}
