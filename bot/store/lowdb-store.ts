/**
 * The embedded default store: one JSON file written atomically by lowdb (temporary file, then rename), so a
 * crash mid-write leaves the previous version intact. The only module that imports lowdb. Writes are queued,
 * so concurrent turns never interleave a read-modify-write.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low, Memory } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { WaymarkError } from '../../knowledge/errors.js';
import { emptyStoreData, storeData, type Store, type StoreData } from './types.js';

/** Deduplication keys are kept this long; Meta retries a webhook for up to a few days. */
const PROCESSED_TTL_MS = 7 * 24 * 3600 * 1000;

async function openLow(low: Low<StoreData>, where: string): Promise<void> {
  try {
    await low.read();
  } catch (error) {
    throw new WaymarkError(
      'STORE_CORRUPT',
      `the store file ${where} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      'Nothing was overwritten. Restore the file from a backup, or move it away to start with an empty store.',
      { cause: error },
    );
  }
  const checked = storeData.safeParse(low.data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new WaymarkError(
      'STORE_CORRUPT',
      `the store file ${where} does not match the expected shape at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}`,
      'Nothing was overwritten. Restore the file from a backup, or move it away to start with an empty store.',
    );
  }
  low.data = checked.data;
}

function createLowStore(low: Low<StoreData>): Store {
  let queue: Promise<unknown> = Promise.resolve();
  const update = <T>(change: (data: StoreData) => T): Promise<T> => {
    const run = queue.then(async () => {
      const result = change(low.data);
      try {
        await low.write();
      } catch (error) {
        throw new WaymarkError('STORE_WRITE_FAILED', `could not write the store: ${error instanceof Error ? error.message : String(error)}`, 'Check free disk space and permissions of DATA_DIR.', { cause: error });
      }
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const read = async <T>(get: (data: StoreData) => T): Promise<T> => {
    await queue;
    return get(low.data);
  };
  return {
    getUser: (id) => read((d) => (Object.hasOwn(d.users, id) ? structuredClone(d.users[id]) : undefined)),
    saveUser: (user) => update((d) => void (d.users[user.id] = structuredClone(user))),
    forgetUser: (id, recordHash) =>
      update((d) => {
        delete d.users[id];
        for (const key of Object.keys(d.channelTimes)) if (key.endsWith(`:${id}`)) delete d.channelTimes[key];
        for (const [key, h] of Object.entries(d.handoffs)) if (h.user === id) delete d.handoffs[key];
        let unlinked = 0;
        for (const r of d.unmetNeeds) {
          if (r.userHash === recordHash) {
            delete r.userHash;
            unlinked++;
          }
        }
        return unlinked;
      }),
    addUnmetNeed: (record) => update((d) => void d.unmetNeeds.push(structuredClone(record))),
    listUnmetNeeds: () => read((d) => structuredClone(d.unmetNeeds)),
    assignUnmetNeedIds: async () => {
      if (!(await read((d) => d.unmetNeeds.some((r) => r.id === undefined)))) return 0;
      return update((d) => {
        const missing = d.unmetNeeds.filter((r) => r.id === undefined);
        for (const r of missing) r.id = randomUUID();
        return missing.length;
      });
    },
    reviewUnmetNeeds: (ids, review) =>
      update((d) => {
        const wanted = new Set(ids);
        const found = d.unmetNeeds.filter((r) => r.id !== undefined && wanted.has(r.id));
        for (const r of found) {
          r.status = review.status;
          r.statusAt = review.statusAt;
          if (review.status === 'answer-added' && review.answer) r.answer = review.answer;
          else delete r.answer;
        }
        return found.length;
      }),
    pruneUnmetNeeds: async (before) => {
      const cutoff = Date.parse(before);
      if (Number.isNaN(cutoff)) {
        throw new WaymarkError('INPUT_REJECTED', `pruneUnmetNeeds was given "${before}", which is not a time`, 'Pass an ISO time such as 2025-11-23T00:00:00.000Z.');
      }
      const isExpired = (at: string): boolean => !(Date.parse(at) >= cutoff);
      if (!(await read((d) => d.unmetNeeds.some((r) => isExpired(r.at))))) return 0;
      return update((d) => {
        const kept = d.unmetNeeds.filter((r) => !isExpired(r.at));
        const deleted = d.unmetNeeds.length - kept.length;
        d.unmetNeeds = kept;
        return deleted;
      });
    },
    setChannelTime: (key, at) => update((d) => void (d.channelTimes[key] = at)),
    getChannelTime: (key) => read((d) => (Object.hasOwn(d.channelTimes, key) ? d.channelTimes[key] : undefined)),
    getHandoff: (id) => read((d) => (Object.hasOwn(d.handoffs, id) ? structuredClone(d.handoffs[id]) : undefined)),
    saveHandoff: (handoff) => update((d) => void (d.handoffs[handoff.id] = structuredClone(handoff))),
    listHandoffs: () => read((d) => structuredClone(Object.values(d.handoffs))),
    pruneClosedHandoffs: (before) =>
      update((d) => {
        const cutoff = Date.parse(before);
        let deleted = 0;
        for (const [id, h] of Object.entries(d.handoffs)) {
          if (h.status === 'closed' && h.pending.length === 0 && !(Date.parse(h.lastActivityAt) >= cutoff)) {
            delete d.handoffs[id];
            deleted++;
          }
        }
        return deleted;
      }),
    claimOnce: async (key, now) => {
      const seen = await read((d) => Object.hasOwn(d.processed, key));
      if (seen) return false;
      return update((d) => {
        if (Object.hasOwn(d.processed, key)) return false;
        for (const [k, at] of Object.entries(d.processed)) if (now - at > PROCESSED_TTL_MS) delete d.processed[k];
        d.processed[key] = now;
        return true;
      });
    },
  };
}

/** Opens (or creates) the JSON store file. Refuses to start on a corrupt file rather than overwrite it. */
export async function openFileStore(file: string): Promise<Store> {
  await mkdir(dirname(file), { recursive: true });
  const low = new Low<StoreData>(new JSONFile<StoreData>(file), emptyStoreData());
  const existed = existsSync(file);
  await openLow(low, file);
  if (!existed) await low.write();
  return createLowStore(low);
}

/** The same store in memory, for tests and throwaway runs. */
export async function openMemoryStore(initial: StoreData = emptyStoreData()): Promise<Store> {
  const low = new Low<StoreData>(new Memory<StoreData>(), structuredClone(initial));
  return createLowStore(low);
}
