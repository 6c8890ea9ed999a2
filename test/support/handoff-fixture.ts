/**
 * The real engine with the real hand-off desk over an in-memory store, with volunteer teams and a shared,
 * movable clock. Channels attach to `desk` as they do in production.
 */
import { createSpeaker } from '../../bot/engine/speaker.js';
import { createHandoffDesk, type HandoffDesk } from '../../bot/handoff/desk.js';
import { parseTeams, type Team } from '../../bot/handoff/teams.js';
import { createLogger } from '../../bot/logger.js';
import { toAlias, toRecordHash } from '../../bot/pseudonym.js';
import { redact } from '../../bot/redact.js';
import { createSealer } from '../../bot/seal.js';
import { openMemoryStore } from '../../bot/store/lowdb-store.js';
import { loadKnowledge } from '../../knowledge/load-knowledge.js';
import { PROJECT_ROOT } from '../../knowledge/project-root.js';
import { createHarness, SECRET, type Harness } from './engine-harness.js';

export const TEAM_CHAT_ID = -1001234567890;
const WEEKDAYS_9_TO_17 = { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] };

/** Finland: a Telegram team for Arabic, Farsi and English, a web-inbox team for Ukrainian and Russian; Italy: Saturday mornings only. */
export const TEST_TEAMS_DATA = {
  teams: [
    { id: 'fi-helsinki', organisation: 'Helsinki Migrant Help', country: 'FI', regions: ['Uusimaa'], languages: ['ar', 'fa', 'en', 'fi'], timezone: 'Europe/Helsinki', hours: WEEKDAYS_9_TO_17, desk: 'telegram', telegram_chat_id: TEAM_CHAT_ID },
    { id: 'fi-turku', organisation: 'Turku Welcome Desk', country: 'FI', languages: ['uk', 'ru', 'en'], timezone: 'Europe/Helsinki', hours: WEEKDAYS_9_TO_17, desk: 'console' },
    { id: 'it-milano', organisation: 'Milano Aiuto Lavoro', country: 'IT', languages: ['it', 'en', 'ar', 'fr'], topics: ['unpaid-wages', 'dismissal'], timezone: 'Europe/Rome', hours: { sat: ['10:00-12:00'] }, desk: 'console' },
  ],
};

export function testTeams(): Team[] {
  const { knowledge } = loadKnowledge(PROJECT_ROOT);
  return parseTeams(structuredClone(TEST_TEAMS_DATA), 'test teams', new Set(knowledge.topics.advice));
}

export const REPLY_TIMEOUT_MS = 60 * 60_000;
export const IDLE_MS = 24 * 3600_000;

export interface HandoffHarness extends Harness {
  desk: HandoffDesk;
}

/** Monday 23 November 2026, 11:30 in Helsinki: the Finnish teams are open. */
export async function createHandoffHarness(options: { now?: Date; teams?: Team[] } = {}): Promise<HandoffHarness> {
  const store = await openMemoryStore();
  const { knowledge } = loadKnowledge(PROJECT_ROOT);
  const clock = { now: options.now ?? new Date('2026-11-23T09:30:00Z') };
  const desk = createHandoffDesk({
    store,
    knowledge,
    speaker: createSpeaker(knowledge),
    teams: options.teams ?? testTeams(),
    now: () => clock.now,
    log: createLogger('silent'),
    sealer: createSealer(SECRET),
    alias: (user) => toAlias(SECRET, user),
    recordHash: (user) => toRecordHash(SECRET, user),
    redact,
    replyTimeoutMs: REPLY_TIMEOUT_MS,
    idleMs: IDLE_MS,
  });
  const harness = await createHarness({ store, handoff: desk, clock });
  return { ...harness, desk };
}
