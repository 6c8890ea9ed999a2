import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFileStore, openMemoryStore } from '../../../bot/store/lowdb-store.js';
import type { UnmetNeed } from '../../../bot/store/types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'waymark-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const need = (userHash: string): UnmetNeed => ({ at: '2026-11-22T10:00:00.000Z', channel: 'web', language: 'ar', reason: 'none', candidates: [], question: 'q', userHash });

describe('the file store', () => {
  it('keeps what was saved across reopening', async () => {
    const file = join(dir, 'store.json');
    const store = await openFileStore(file);
    await store.saveUser({ id: 'u1', language: 'ar', country: 'IT', noneStreak: 0, updatedAt: '2026-11-22T10:00:00.000Z' });
    const reopened = await openFileStore(file);
    expect(await reopened.getUser('u1')).toMatchObject({ language: 'ar', country: 'IT' });
  });

  it('refuses a corrupt file and leaves it untouched', async () => {
    const file = join(dir, 'store.json');
    writeFileSync(file, '{"version":1,"users":{');
    await expect(openFileStore(file)).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
    expect(readFileSync(file, 'utf8')).toBe('{"version":1,"users":{');
  });

  it('refuses a file of the wrong shape, naming where it differs', async () => {
    const file = join(dir, 'store.json');
    writeFileSync(file, JSON.stringify({ version: 1, users: { u: { id: 'u' } }, unmetNeeds: [], processed: {} }));
    await expect(openFileStore(file)).rejects.toThrow(/users\.u/);
  });

  it('writes through a temporary file, so no partial file is ever left in place', async () => {
    const file = join(dir, 'store.json');
    const store = await openFileStore(file);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.saveUser({ id: `u${i}`, noneStreak: 0, updatedAt: 'x' })));
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).users)).toHaveLength(50);
    expect(readdirSync(dir)).toEqual(['store.json']);
  });

  it('forgets a user and unlinks their unmet-need records while keeping the records', async () => {
    const store = await openFileStore(join(dir, 'store.json'));
    await store.saveUser({ id: 'u1', noneStreak: 0, updatedAt: 'x' });
    await store.addUnmetNeed(need('h1'));
    await store.addUnmetNeed(need('h2'));
    expect(await store.forgetUser('u1', 'h1')).toBe(1);
    expect(await store.getUser('u1')).toBeUndefined();
    const records = await store.listUnmetNeeds();
    expect(records).toHaveLength(2);
    expect(records.filter((r) => r.userHash === 'h1')).toHaveLength(0);
  });

  it('opens a store file written before needs categories existed, and keeps a category once set', async () => {
    const file = join(dir, 'store.json');
    writeFileSync(file, JSON.stringify({ version: 1, users: {}, unmetNeeds: [need('h1')], processed: {} }));
    const store = await openFileStore(file);
    await store.addUnmetNeed({ ...need('h2'), category: 'N17', categoryCorrected: true });
    const records = await (await openFileStore(file)).listUnmetNeeds();
    expect(records.map((r) => [r.category, r.categoryCorrected])).toEqual([
      [undefined, undefined],
      ['N17', true],
    ]);
  });

  it('claims a delivery key once, also after a restart', async () => {
    const file = join(dir, 'store.json');
    const store = await openFileStore(file);
    const [a, b] = await Promise.all([store.claimOnce('wamid.1', 1000), store.claimOnce('wamid.1', 1001)]);
    expect([a, b].sort()).toEqual([false, true]);
    expect(await (await openFileStore(file)).claimOnce('wamid.1', 2000)).toBe(false);
  });
});

describe('the memory store', () => {
  it('behaves like the file store behind the same interface', async () => {
    const store = await openMemoryStore();
    await store.saveUser({ id: 'u1', noneStreak: 2, updatedAt: 'x' });
    expect(await store.getUser('u1')).toMatchObject({ noneStreak: 2 });
    expect(await store.claimOnce('k', 1)).toBe(true);
    expect(await store.claimOnce('k', 2)).toBe(false);
  });

  it('prunes old unmet needs like the file store', async () => {
    const store = await openMemoryStore();
    await store.addUnmetNeed({ ...need('h1'), at: '2025-01-01T00:00:00.000Z' });
    await store.addUnmetNeed(need('h2'));
    expect(await store.pruneUnmetNeeds('2026-01-01T00:00:00.000Z')).toBe(1);
    expect((await store.listUnmetNeeds()).map((r) => r.userHash)).toEqual(['h2']);
  });
});

describe('review fields of unmet needs', () => {
  it('loads a file written before ids and statuses existed, and backfills ids once', async () => {
    const file = join(dir, 'store.json');
    writeFileSync(file, JSON.stringify({ version: 1, users: {}, unmetNeeds: [need('h1'), need('h2')], processed: {}, channelTimes: {} }));
    const store = await openFileStore(file);
    expect(await store.assignUnmetNeedIds()).toBe(2);
    expect(await store.assignUnmetNeedIds()).toBe(0);
    const ids = (await (await openFileStore(file)).listUnmetNeeds()).map((r) => r.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('sets a status on the records named and keeps the answer only with answer-added', async () => {
    const store = await openMemoryStore();
    await store.addUnmetNeed({ ...need('h1'), id: 'a' });
    await store.addUnmetNeed({ ...need('h2'), id: 'b' });
    expect(await store.reviewUnmetNeeds(['a', 'missing'], { status: 'answer-added', answer: 'FI/unpaid-wages', statusAt: '2026-11-22T10:00:00.000Z' })).toBe(1);
    expect(await store.listUnmetNeeds()).toEqual([expect.objectContaining({ id: 'a', status: 'answer-added', answer: 'FI/unpaid-wages' }), expect.not.objectContaining({ status: expect.anything() })]);
    await store.reviewUnmetNeeds(['a'], { status: 'reviewed', statusAt: '2026-11-22T11:00:00.000Z' });
    expect((await store.listUnmetNeeds())[0]).not.toHaveProperty('answer');
  });
});
