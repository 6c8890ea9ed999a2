import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneExpiredNeeds, toRetentionCutoff } from '../../../bot/needs/retention.js';
import { openFileStore, openMemoryStore } from '../../../bot/store/lowdb-store.js';
import type { UnmetNeed } from '../../../bot/store/types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'waymark-retention-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const need = (at: string): UnmetNeed => ({ at, channel: 'web', language: 'en', reason: 'none', candidates: [], question: `asked ${at}`, userHash: 'h' });

describe('the retention cutoff', () => {
  it('is twelve calendar months before now by default', () => {
    expect(toRetentionCutoff(new Date('2026-11-23T09:30:00Z')).toISOString()).toBe('2025-11-23T09:30:00.000Z');
  });

  it('clamps to the end of a shorter month', () => {
    expect(toRetentionCutoff(new Date('2026-03-31T12:00:00Z'), 1).toISOString()).toBe('2026-02-28T12:00:00.000Z');
  });

  it('refuses a period that is not a whole number of months', () => {
    expect(() => toRetentionCutoff(new Date(), 0)).toThrow(/whole number of months/);
  });
});

describe('pruning the unmet-needs log', () => {
  it('deletes records older than the period and keeps recent ones, in the file on disk', async () => {
    const file = join(dir, 'store.json');
    const store = await openFileStore(file);
    for (const at of ['2025-06-01T10:00:00.000Z', '2025-11-23T09:00:00.000Z', '2025-11-23T10:00:00.000Z', '2026-11-20T10:00:00.000Z']) await store.addUnmetNeed(need(at));
    const clock = { now: new Date('2026-11-23T09:30:00Z') };

    const result = await pruneExpiredNeeds(store, { now: () => clock.now });

    expect(result).toEqual({ deleted: 2, handoffs: 0, before: '2025-11-23T09:30:00.000Z' });
    const kept = ['2025-11-23T10:00:00.000Z', '2026-11-20T10:00:00.000Z'];
    expect(JSON.parse(readFileSync(file, 'utf8')).unmetNeeds.map((r: UnmetNeed) => r.at)).toEqual(kept);
    expect((await (await openFileStore(file)).listUnmetNeeds()).map((r) => r.at)).toEqual(kept);
  });

  it('expires more records as the clock moves on', async () => {
    const store = await openFileStore(join(dir, 'store.json'));
    await store.addUnmetNeed(need('2026-01-10T10:00:00.000Z'));
    await store.addUnmetNeed(need('2026-06-10T10:00:00.000Z'));
    const clock = { now: new Date('2026-12-01T00:00:00Z') };
    expect((await pruneExpiredNeeds(store, { now: () => clock.now })).deleted).toBe(0);
    clock.now = new Date('2027-02-01T00:00:00Z');
    expect((await pruneExpiredNeeds(store, { now: () => clock.now })).deleted).toBe(1);
    expect((await store.listUnmetNeeds()).map((r) => r.at)).toEqual(['2026-06-10T10:00:00.000Z']);
  });

  it('honours a configured period', async () => {
    const store = await openMemoryStore();
    await store.addUnmetNeed(need('2026-09-01T10:00:00.000Z'));
    await store.addUnmetNeed(need('2026-11-01T10:00:00.000Z'));
    expect((await pruneExpiredNeeds(store, { now: () => new Date('2026-11-23T00:00:00Z'), months: 2 })).deleted).toBe(1);
    expect(await store.listUnmetNeeds()).toHaveLength(1);
  });

  it('deletes a record whose time cannot be read, since it could never expire', async () => {
    const store = await openMemoryStore();
    await store.addUnmetNeed(need('not a time'));
    expect(await store.pruneUnmetNeeds('2026-01-01T00:00:00.000Z')).toBe(1);
  });

  it('refuses a cutoff that is not a time, deleting nothing', async () => {
    const store = await openMemoryStore();
    await store.addUnmetNeed(need('2026-01-01T00:00:00.000Z'));
    await expect(store.pruneUnmetNeeds('last year')).rejects.toMatchObject({ code: 'INPUT_REJECTED' });
    expect(await store.listUnmetNeeds()).toHaveLength(1);
  });
});
