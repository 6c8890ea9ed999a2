/**
 * The user's last few messages, kept in memory only, so that a volunteer can read what the user asked before
 * the hand-off (the user agrees to this first). Nobody's messages are written to disk just in case they ask
 * for a person later; after a restart the summary simply starts empty.
 */

const KEEP_MESSAGES = 4;
const KEEP_CHARS = 400;
const KEEP_MS = 2 * 3600 * 1000;
const MAX_USERS = 10_000;

export interface RecentMessage {
  text: string;
  at: string;
}

export interface RecentTurns {
  add(user: string, text: string, at: Date): void;
  get(user: string, now: Date): RecentMessage[];
  forget(user: string): void;
}

export function createRecentTurns(): RecentTurns {
  const byUser = new Map<string, RecentMessage[]>();
  const fresh = (list: RecentMessage[], now: Date): RecentMessage[] => list.filter((m) => now.getTime() - Date.parse(m.at) < KEEP_MS);
  return {
    add(user, text, at) {
      const list = fresh(byUser.get(user) ?? [], at);
      list.push({ text: text.slice(0, KEEP_CHARS), at: at.toISOString() });
      byUser.delete(user);
      byUser.set(user, list.slice(-KEEP_MESSAGES));
      if (byUser.size > MAX_USERS) byUser.delete(byUser.keys().next().value as string);
    },
    get: (user, now) => fresh(byUser.get(user) ?? [], now),
    forget: (user) => void byUser.delete(user),
  };
}
