import { describe, expect, it } from 'vitest';
import { summariseWaitingTimes } from '../../../bot/handoff/waiting-times.js';
import type { HandoffRecord } from '../../../bot/store/handoff-record.js';

const record = (country: string, routed: string, repliedAfterMin?: number, timedOut = false): HandoffRecord => ({
  id: `${country}-${routed}-${repliedAfterMin}`,
  alias: 'AAAA',
  channel: 'telegram',
  status: 'closed',
  reason: 'asked',
  priority: false,
  country,
  language: 'ar',
  createdAt: routed,
  lastActivityAt: routed,
  messages: [],
  pending: [],
  events: [
    { type: 'requested', at: routed },
    { type: 'routed', at: routed },
    ...(repliedAfterMin !== undefined ? [{ type: 'replied' as const, at: new Date(Date.parse(routed) + repliedAfterMin * 60_000).toISOString() }] : []),
    ...(timedOut ? [{ type: 'timed-out' as const, at: routed }] : []),
  ],
});

describe('waiting times from hand-off events', () => {
  const period = { from: '2026-11-16', to: '2026-11-22' };
  const records = [
    record('FI', '2026-11-16T09:00:00.000Z', 5),
    record('FI', '2026-11-17T09:00:00.000Z', 15),
    record('FI', '2026-11-18T09:00:00.000Z', 125),
    record('FI', '2026-11-19T09:00:00.000Z', undefined, true),
    record('FI', '2026-11-02T09:00:00.000Z', 1),
    record('IT', '2026-11-18T09:00:00.000Z', 600),
  ];

  it('counts routed, answered and timed-out hand-offs of the coordinator’s countries in the period, with the median wait', () => {
    expect(summariseWaitingTimes(records, ['FI'], period)).toEqual({ routed: 4, answered: 3, timedOut: 1, medianMinutes: 15, p90Minutes: 125 });
  });

  it('follows the country filter and never counts another country', () => {
    expect(summariseWaitingTimes(records, ['FI', 'IT'], period, 'IT')).toEqual({ routed: 1, answered: 1, timedOut: 0, medianMinutes: 600, p90Minutes: 600 });
    expect(summariseWaitingTimes(records, ['GR'], period)).toEqual({ routed: 0, answered: 0, timedOut: 0 });
  });
});
