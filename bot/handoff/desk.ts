/**
 * The hand-off desk: every state change of a hand-off, whoever causes it (the user through the engine, a
 * volunteer in Telegram or the web inbox, or the clock), so the rules live in one place. Each change is stored
 * with a timestamped event. Messages are mapped to hand-offs by stored ids (hand-off id, forum topic id), never
 * by reading text the bot wrote.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Sealer } from '../seal.js';
import { newUnmetNeed, roundScore } from '../needs/new-record.js';
import { createKeyedLock } from '../engine/keyed-lock.js';
import { directContacts } from '../engine/render-answer.js';
import type { Speaker } from '../engine/speaker.js';
import type { Reply } from '../engine/types.js';
import { isOpenHandoff, type HandoffEventType, type HandoffOutcome, type HandoffReason, type HandoffRecord } from '../store/handoff-record.js';
import type { Store, UnmetNeed } from '../store/types.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { CountryCode } from '../../knowledge/schema/common.js';
import { caseSummary, caseTitle, notices } from './case-text.js';
import type { DeliveryOutcome, TeamDesk, ThreadRef, UserChannel, Volunteer } from './ports.js';
import { chooseTeam, teamsFor } from './routing.js';
import type { Team } from './teams.js';

/** Messages kept per open hand-off for the web inbox; older ones are dropped. */
const MAX_MESSAGES = 200;
/** A consent question left unanswered this long lapses. */
const CONSENT_LAPSES_MS = 24 * 3600 * 1000;

export interface DeskDeps {
  store: Store;
  knowledge: KnowledgeBase;
  speaker: Speaker;
  teams: readonly Team[];
  now: () => Date;
  log: Logger;
  sealer: Sealer;
  alias: (user: string) => string;
  recordHash: (user: string) => string;
  redact: (text: string) => string;
  /** No volunteer answer this long after the team opened: the user is told and the need recorded. */
  replyTimeoutMs: number;
  /** No message either way this long after a volunteer took it: the hand-off closes. (Waiting ones time out instead.) */
  idleMs: number;
}

export interface HandoffRequest {
  user: string;
  channel: string;
  reason: HandoffReason;
  priority: boolean;
  country: string;
  language: string;
  topic?: string;
  confidence?: number;
}

export interface ConsentDetails {
  /** The channel address to reach the user (sealed before it is stored). */
  address: string;
  displayName?: string;
  recent: ReadonlyArray<{ text: string; at: string }>;
  previousTeam?: string;
  previousVolunteer?: string;
}

export type ConsentResult =
  | { kind: 'routed'; organisation: string; open: boolean; opensAt?: Date; timezone: string }
  | { kind: 'no-team' }
  | { kind: 'gone' };

/** What happened to a volunteer's message. `closed`: the hand-off is over; `unknown`: no such hand-off. */
export type VolunteerOutcome = DeliveryOutcome | 'closed' | 'unknown' | 'duplicate';

export interface HandoffDesk {
  /** Whether users of this channel can be reached outside a turn, so a hand-off can be offered at all. */
  reachable(channel: string): boolean;
  /** Names of the organisations whose volunteers could take a hand-off in this country (for the consent question). */
  organisationsFor(country: string): string[];
  get(id: string): Promise<HandoffRecord | undefined>;
  request(input: HandoffRequest): Promise<HandoffRecord>;
  consent(id: string, details: ConsentDetails): Promise<ConsentResult>;
  decline(id: string): Promise<void>;
  /** A user's message during an open hand-off, passed on to the volunteers. */
  relayFromUser(id: string, message: { text?: string; media?: string }): Promise<boolean>;
  /** The user marked an open hand-off as urgent (wrote about an emergency). */
  markPriority(id: string): Promise<void>;
  /** The user went back to the bot, or deleted their data. */
  endByUser(id: string, outcome: 'returned-to-bot' | 'forgotten'): Promise<void>;
  /** Replies held while WhatsApp's window was closed; handed to the engine once the user writes again. */
  takePending(id: string): Promise<Reply[]>;
  claim(id: string, volunteer: Volunteer): Promise<HandoffRecord | undefined>;
  reply(id: string, volunteer: Volunteer, text: string, dedupeKey?: string): Promise<VolunteerOutcome>;
  close(id: string, volunteer: Volunteer, note?: string): Promise<boolean>;
  /** The hand-off whose case lives in this forum topic. */
  byThread(thread: ThreadRef): Promise<HandoffRecord | undefined>;
  /** Open hand-offs of these teams, priority first, then oldest first. */
  queue(teamIds: readonly string[]): Promise<HandoffRecord[]>;
  team(id: string): Team | undefined;
  readonly teams: readonly Team[];
  /** Times out unanswered hand-offs and closes idle ones; run every minute. */
  sweep(): Promise<void>;
  attachUserChannel(channel: string, sender: UserChannel): void;
  attachTeamDesk(desk: TeamDesk): void;
}

/** The desk over the store; channels attach to it at start-up (`attachUserChannel`, `attachTeamDesk`). */
export function createHandoffDesk(deps: DeskDeps): HandoffDesk {
  const { store, speaker, log } = deps;
  const channels = new Map<string, UserChannel>();
  const serial = createKeyedLock();
  let telegramDesk: TeamDesk | undefined;
  const teamById = new Map(deps.teams.map((t) => [t.id, t]));
  const iso = (): string => deps.now().toISOString();

  const event = (h: HandoffRecord, type: HandoffEventType, by?: string): void => {
    h.events.push({ type, at: iso(), ...(by ? { by } : {}) });
  };
  const addMessage = (h: HandoffRecord, from: 'user' | 'volunteer' | 'system', text: string, by?: string): void => {
    h.messages.push({ from, text, at: iso(), ...(by ? { by } : {}) });
    if (h.messages.length > MAX_MESSAGES) h.messages.splice(0, h.messages.length - MAX_MESSAGES);
    h.lastActivityAt = iso();
  };
  /** A waiting hand-off becomes the volunteer's, and stops counting towards its timeout; false if already taken. */
  const takeBy = (h: HandoffRecord, volunteer: Volunteer): boolean => {
    if (h.status !== 'waiting') return false;
    h.status = 'active';
    h.volunteer = volunteer;
    delete h.deadline;
    event(h, 'claimed', volunteer.id);
    return true;
  };
  const organisationOf = (h: HandoffRecord): string => (h.team ? teamById.get(h.team)?.organisation : undefined) ?? 'Waymark';

  const postToTeam = async (h: HandoffRecord, text: string): Promise<void> => {
    if (!h.thread || !telegramDesk) return;
    try {
      await telegramDesk.post(h.thread, text);
    } catch (error) {
      log.warn({ handoff: h.id, error: String(error) }, 'handoff: could not post to the team’s forum topic');
    }
  };

  const sendToUser = async (h: HandoffRecord, replies: Reply[]): Promise<DeliveryOutcome> => {
    const channel = channels.get(h.channel);
    if (!channel || !h.address || !h.user) {
      log.warn({ handoff: h.id, channel: h.channel }, 'handoff: no way to reach the user on this channel; message not delivered');
      return 'failed';
    }
    const outcome = await channel.deliver({ user: h.user, address: deps.sealer.open(h.address) }, replies, { organisation: organisationOf(h), language: h.language });
    if (outcome === 'template-sent' || outcome === 'window-closed') {
      h.pending.push(...replies.map(({ text, language, direction }) => ({ text, language, direction })));
      if (outcome === 'template-sent') event(h, 'template-sent');
    }
    return outcome;
  };

  const recordNeed = async (h: HandoffRecord, reason: UnmetNeed['reason'], question: string | undefined): Promise<void> => {
    const candidates = h.topic && h.confidence !== undefined ? [{ topic: h.topic, score: roundScore(h.confidence) }] : [];
    const { channel, country, language, topic, user } = h;
    await store.addUnmetNeed(newUnmetNeed({ channel, ...(country ? { country } : {}), language, reason, ...(topic ? { topic } : {}), candidates, ...(question ? { question } : {}), ...(user ? { user } : {}) }, deps));
  };

  /**
   * Closes a hand-off and drops everything that could identify or describe the person. Replies still held for
   * a closed WhatsApp window stay until the user writes (or the hand-off has been idle long enough), or the
   * volunteer's last answer would be lost.
   */
  const finish = async (h: HandoffRecord, outcome: HandoffOutcome): Promise<void> => {
    h.status = 'closed';
    h.outcome = outcome;
    for (const key of ['user', 'address', 'displayName', 'deadline'] as const) delete h[key];
    h.messages = [];
    if (outcome === 'forgotten') h.pending = [];
    await store.saveHandoff(h);
    if (h.thread && telegramDesk) await telegramDesk.closeCase(h.thread).catch((error: unknown) => log.debug({ handoff: h.id, error: String(error) }, 'handoff: could not close the forum topic'));
  };

  const tellUser = async (h: HandoffRecord, key: string, extra?: string): Promise<void> => {
    const text = [speaker.t(h.language, key, { organisation: organisationOf(h) }), extra].filter(Boolean).join('\n');
    await sendToUser(h, [speaker.reply(h.language, text)]).catch((error: unknown) => log.warn({ handoff: h.id, error: String(error) }, 'handoff: could not tell the user'));
  };

  const load = async (id: string): Promise<HandoffRecord | undefined> => store.getHandoff(id);

  const volunteerName = async (id: string | undefined): Promise<string | undefined> => {
    if (!id) return undefined;
    const all = await store.listHandoffs();
    return all.find((h) => h.volunteer?.id === id)?.volunteer?.name;
  };

  const desk: HandoffDesk = {
    reachable: (channel) => channels.has(channel) && deps.teams.length > 0,
    organisationsFor: (country) => [...new Set(teamsFor(deps.teams, country).map((t) => t.organisation))],
    get: load,
    team: (id) => teamById.get(id),
    teams: deps.teams,

    async request(input) {
      const at = iso();
      const h: HandoffRecord = {
        id: randomUUID(),
        user: input.user,
        alias: deps.alias(input.user),
        channel: input.channel,
        status: 'consent',
        reason: input.reason,
        priority: input.priority,
        country: input.country,
        language: input.language,
        ...(input.topic ? { topic: input.topic } : {}),
        ...(input.confidence !== undefined ? { confidence: input.confidence } : {}),
        createdAt: at,
        lastActivityAt: at,
        messages: [],
        pending: [],
        events: [{ type: 'requested', at }],
      };
      await store.saveHandoff(h);
      return h;
    },

    async consent(id, details) {
      const h = await load(id);
      if (!h || h.status !== 'consent' || !h.user) return { kind: 'gone' };
      event(h, 'consented');
      const now = deps.now();
      const route = chooseTeam(deps.teams, { country: h.country ?? '', language: h.language, ...(h.topic ? { topic: h.topic } : {}), ...(details.previousTeam ? { previousTeam: details.previousTeam } : {}) }, now);
      if (!route) {
        await recordNeed(h, 'handoff-no-team', details.recent.at(-1)?.text);
        await finish(h, 'no-team');
        return { kind: 'no-team' };
      }
      const { team } = route;
      h.team = team.id;
      h.address = deps.sealer.seal(details.address);
      if (details.displayName) h.displayName = details.displayName.slice(0, 64);
      h.status = 'waiting';
      for (const m of details.recent) h.messages.push({ from: 'user', text: m.text, at: m.at });
      const startsAt = route.open ? now : (route.opensAt ?? now);
      h.deadline = new Date(startsAt.getTime() + deps.replyTimeoutMs).toISOString();
      event(h, 'routed', `team:${team.id}`);
      if (team.desk === 'telegram') {
        if (!telegramDesk) {
          log.error({ team: team.id }, 'handoff: team works in Telegram but the Telegram channel is not running (set TELEGRAM_BOT_TOKEN)');
          await recordNeed(h, 'handoff-no-team', details.recent.at(-1)?.text);
          await finish(h, 'no-team');
          return { kind: 'no-team' };
        }
        const previousVolunteer = h.priority ? undefined : await volunteerName(details.previousVolunteer);
        try {
          h.thread = await telegramDesk.openCase(team, caseTitle(h), caseSummary(h, { knowledge: deps.knowledge, organisation: team.organisation, ...(previousVolunteer ? { previousVolunteer } : {}) }));
        } catch (error) {
          log.error({ team: team.id, error: String(error) }, 'handoff: could not open a forum topic in the team’s group; check the bot is an admin allowed to manage topics and the group has topics enabled');
          await recordNeed(h, 'handoff-no-team', details.recent.at(-1)?.text);
          await finish(h, 'no-team');
          return { kind: 'no-team' };
        }
      } else {
        const previousVolunteer = await volunteerName(details.previousVolunteer);
        addMessage(h, 'system', caseSummary(h, { knowledge: deps.knowledge, organisation: team.organisation, ...(previousVolunteer ? { previousVolunteer } : {}) }));
      }
      await store.saveHandoff(h);
      log.info({ handoff: h.id, team: team.id, open: route.open, priority: h.priority }, 'handoff: routed to a team');
      return { kind: 'routed', organisation: team.organisation, open: route.open, ...(route.opensAt ? { opensAt: route.opensAt } : {}), timezone: team.timezone };
    },

    async decline(id) {
      const h = await load(id);
      if (!h || h.status !== 'consent') return;
      event(h, 'declined');
      await finish(h, 'declined');
    },

    async relayFromUser(id, message) {
      const h = await load(id);
      if (!isOpenHandoff(h)) return false;
      const text = message.text ?? notices.userSentMedia(message.media ?? 'file');
      addMessage(h, message.text !== undefined ? 'user' : 'system', text);
      event(h, 'user-message');
      await store.saveHandoff(h);
      await postToTeam(h, message.text !== undefined ? notices.userSaid(h, text) : text);
      return true;
    },

    async markPriority(id) {
      const h = await load(id);
      if (!isOpenHandoff(h)) return;
      h.priority = true;
      addMessage(h, 'system', notices.emergency);
      await store.saveHandoff(h);
      await postToTeam(h, `‼️ ${notices.emergency}`);
    },

    async endByUser(id, outcome) {
      const h = await load(id);
      if (!h || h.status === 'closed') return;
      if (h.status === 'consent') {
        event(h, 'declined');
        await finish(h, outcome === 'forgotten' ? 'forgotten' : 'declined');
        return;
      }
      event(h, 'closed', 'user');
      await postToTeam(h, outcome === 'forgotten' ? notices.forgotten : notices.returnedToBot);
      await finish(h, outcome);
    },

    async takePending(id) {
      const h = await load(id);
      if (!h || h.pending.length === 0) return [];
      const replies = h.pending.map((p) => ({ ...p }));
      h.pending = [];
      await store.saveHandoff(h);
      return replies;
    },

    async claim(id, volunteer) {
      const h = await load(id);
      if (!isOpenHandoff(h)) return undefined;
      if (takeBy(h, volunteer)) await store.saveHandoff(h);
      return h;
    },

    async reply(id, volunteer, text, dedupeKey) {
      if (dedupeKey && !(await store.claimOnce(dedupeKey, deps.now().getTime()))) return 'duplicate';
      const h = await load(id);
      if (!h) return 'unknown';
      if (!isOpenHandoff(h)) return 'closed';
      takeBy(h, volunteer);
      addMessage(h, 'volunteer', text, volunteer.id);
      event(h, 'replied', volunteer.id);
      const reply = speaker.reply(h.language, speaker.t(h.language, 'handoff-volunteer-message', { organisation: organisationOf(h), text }));
      const outcome = await sendToUser(h, [reply]);
      await store.saveHandoff(h);
      if (outcome === 'template-sent') await postToTeam(h, notices.templateSent);
      if (outcome === 'window-closed') await postToTeam(h, notices.windowClosed);
      if (outcome === 'failed') await postToTeam(h, notices.failed);
      return outcome;
    },

    async close(id, volunteer, note) {
      const h = await load(id);
      if (!isOpenHandoff(h)) return false;
      event(h, 'closed', volunteer.id);
      const cleanNote = note?.trim();
      if (cleanNote) await recordNeed(h, 'handoff-note', cleanNote);
      await tellUser(h, 'handoff-closed');
      await postToTeam(h, notices.closedBy(volunteer.name));
      if (!h.volunteer) h.volunteer = volunteer;
      await finish(h, 'closed-by-volunteer');
      log.info({ handoff: h.id, team: h.team, note: Boolean(cleanNote) }, 'handoff: closed by a volunteer');
      return true;
    },

    async byThread(thread) {
      const all = await store.listHandoffs();
      return all.find((h) => h.thread?.chatId === thread.chatId && h.thread.threadId === thread.threadId);
    },

    async queue(teamIds) {
      const wanted = new Set(teamIds);
      const all = await store.listHandoffs();
      return all
        .filter((h) => isOpenHandoff(h) && h.team !== undefined && wanted.has(h.team))
        .sort((a, b) => Number(b.priority) - Number(a.priority) || a.createdAt.localeCompare(b.createdAt));
    },

    async sweep() {
      const now = deps.now().getTime();
      // Closed hand-offs with nothing held back (most of the list, kept for the retention period) need no turn.
      const candidates = (await store.listHandoffs()).filter((h) => h.status !== 'closed' || h.pending.length > 0);
      for (const { id } of candidates) await serial(id, () => sweepOne(id, now));
    },

    attachUserChannel: (channel, sender) => void channels.set(channel, sender),
    attachTeamDesk: (teamDesk) => void (telegramDesk = teamDesk),
  };

  /** One hand-off's turn in the sweep: lapsed consent, no answer in time, or a long silence. */
  async function sweepOne(id: string, now: number): Promise<void> {
    const h = await load(id);
    if (!h) return;
    if (h.status === 'closed' && h.pending.length > 0 && now - Date.parse(h.lastActivityAt) >= deps.idleMs) {
      h.pending = [];
      await store.saveHandoff(h);
    } else if (h.status === 'consent' && now - Date.parse(h.createdAt) >= CONSENT_LAPSES_MS) {
      await finish(h, 'declined');
    } else if (h.status === 'waiting' && h.deadline && now >= Date.parse(h.deadline)) {
      event(h, 'timed-out');
      const contacts = h.country ? directContacts(speaker, deps.knowledge, h.language, h.country as CountryCode) : undefined;
      await tellUser(h, 'handoff-timeout', contacts);
      await recordNeed(h, 'handoff-timeout', h.messages.filter((m) => m.from === 'user').at(-1)?.text);
      await postToTeam(h, notices.timedOut);
      await finish(h, 'timed-out');
      log.info({ handoff: h.id, team: h.team }, 'handoff: no volunteer answered in time');
    } else if (h.status === 'active' && now - Date.parse(h.lastActivityAt) >= deps.idleMs) {
      event(h, 'closed', 'idle');
      await tellUser(h, 'handoff-idle');
      await postToTeam(h, notices.idle);
      await finish(h, 'idle');
    }
  }

  // Every change of one hand-off runs after the previous one has been saved: a user's message and a volunteer's
  // answer arriving together would otherwise each save their own copy, and one of them would be lost.
  return {
    ...desk,
    consent: (id, details) => serial(id, () => desk.consent(id, details)),
    decline: (id) => serial(id, () => desk.decline(id)),
    relayFromUser: (id, message) => serial(id, () => desk.relayFromUser(id, message)),
    markPriority: (id) => serial(id, () => desk.markPriority(id)),
    endByUser: (id, outcome) => serial(id, () => desk.endByUser(id, outcome)),
    takePending: (id) => serial(id, () => desk.takePending(id)),
    claim: (id, volunteer) => serial(id, () => desk.claim(id, volunteer)),
    reply: (id, volunteer, text, key) => serial(id, () => desk.reply(id, volunteer, text, key)),
    close: (id, volunteer, note) => serial(id, () => desk.close(id, volunteer, note)),
  };
}
