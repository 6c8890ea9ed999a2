/**
 * What Waymark stores, and the narrow interface the engine uses to store it. Only the minimum: a pseudonymous
 * id, the chosen language and country, where the conversation stands, and de-identified unmet needs.
 */
import { z } from 'zod';
import { HANDOFF_REASONS, handoffRecord, type HandoffRecord } from './handoff-record.js';

export const userState = z
  .object({
    id: z.string().min(1),
    language: z.string().optional(),
    /** The language to use when an answer is missing in `language`; asked once, then remembered. */
    fallbackLanguage: z.string().optional(),
    country: z.string().optional(),
    /** What the bot asked last and is waiting for. */
    awaiting: z.enum(['country', 'language', 'fallback-language', 'forget-confirm', 'handoff-consent']).optional(),
    /** A topic asked before the country was known, answered once it is. */
    pendingTopic: z.string().optional(),
    lastTopic: z.string().optional(),
    /** The user's current hand-off (asked for consent, waiting or open), by id. */
    handoff: z.string().optional(),
    /** A hand-off asked before the country was known, started once it is. */
    pendingHandoff: z.enum(HANDOFF_REASONS).optional(),
    /** The team and volunteer of the last hand-off, so a returning user goes back to them. */
    lastTeam: z.string().optional(),
    lastVolunteer: z.string().optional(),
    /** Questions in a row the bot could not answer. */
    noneStreak: z.number().int().min(0).default(0),
    /** Rounded to the hour: when the state last changed, for retention. */
    updatedAt: z.string(),
  })
  .strict();
export type UserState = z.infer<typeof userState>;

/** Where a coordinator has got with an unmet need (the review page under /console); absent means `new`. */
export const NEED_STATUSES = ['new', 'reviewed', 'answer-added', 'out-of-scope'] as const;
export const needStatus = z.enum(NEED_STATUSES);
export type NeedStatus = z.infer<typeof needStatus>;
/** A knowledge-base answer as COUNTRY/topic, e.g. `FI/unpaid-wages` (knowledge/answers/fi/unpaid-wages.yaml). */
export const ANSWER_REF = /^[A-Z]{2}\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const unmetNeed = z
  .object({
    /** Random and stable; assigned when recorded. Records written before ids existed get one from `assignUnmetNeedIds`. */
    id: z.string().min(1).optional(),
    /** ISO time rounded down to the hour. */
    at: z.string(),
    channel: z.string(),
    country: z.string().optional(),
    language: z.string(),
    reason: z.enum(['none', 'not-helpful', 'missing-answer', 'missing-language', 'handoff-no-team', 'handoff-timeout', 'handoff-note']),
    topic: z.string().optional(),
    candidates: z.array(z.object({ topic: z.string(), score: z.number() }).strict()),
    /** The question with personal data removed. */
    question: z.string().optional(),
    /** Salted hash of the pseudonym; removed when the user asks to be forgotten. */
    userHash: z.string().optional(),
    /**
     * Needs category (N01-N30, knowledge/needs-categories.yaml). Absent on records written before categories
     * existed; reports then assign one from the topic and candidates (bot/needs/categories.ts).
     */
    category: z.string().regex(/^N\d{2}$/).optional(),
    /** True once a coordinator set `category` by hand, so automatic assignment never overrides it. Absent means false. */
    categoryCorrected: z.boolean().optional(),
    status: needStatus.optional(),
    /** With status `answer-added`: the answer that now covers the need. */
    answer: z.string().regex(ANSWER_REF).optional(),
    /** When a coordinator last set the status, rounded to the hour. */
    statusAt: z.string().optional(),
  })
  .strict();
export type UnmetNeed = z.infer<typeof unmetNeed>;

export const storeData = z
  .object({
    version: z.literal(1),
    users: z.record(z.string(), userState),
    unmetNeeds: z.array(unmetNeed),
    /** Keys of deliveries already processed (e.g. WhatsApp message ids), with when, for deduplication. */
    processed: z.record(z.string(), z.number()),
    /** Per-channel timestamps keyed by the adapter (e.g. a user's last inbound WhatsApp message, for the 24-hour window). */
    channelTimes: z.record(z.string(), z.number()).default({}),
    /** Hand-offs to volunteers by id; closed ones keep only their events and classification. */
    handoffs: z.record(z.string(), handoffRecord).default({}),
  })
  .strict();
export type StoreData = z.infer<typeof storeData>;

/** A coordinator's review of records; `answer` is kept only with status `answer-added`. */
export interface NeedReview {
  status: NeedStatus;
  answer?: string;
  statusAt: string;
}

export function emptyStoreData(): StoreData {
  return { version: 1, users: {}, unmetNeeds: [], processed: {}, channelTimes: {}, handoffs: {} };
}

export interface Store {
  getUser(id: string): Promise<UserState | undefined>;
  saveUser(user: UserState): Promise<void>;
  /**
   * Deletes the user's state and hand-offs still linked to them, and unlinks their unmet-need records; returns
   * how many records were unlinked.
   */
  forgetUser(id: string, recordHash: string): Promise<number>;
  addUnmetNeed(record: UnmetNeed): Promise<void>;
  listUnmetNeeds(): Promise<readonly UnmetNeed[]>;
  /** Gives every record without an id a random one (records written before ids existed); returns how many. */
  assignUnmetNeedIds(): Promise<number>;
  /** Sets the review fields of the records with these ids; returns how many records were found. */
  reviewUnmetNeeds(ids: readonly string[], review: NeedReview): Promise<number>;
  /**
   * Deletes the unmet-need records older than `before` (an ISO time) for retention; returns how many were
   * deleted. A record whose time cannot be read is deleted too: it could otherwise never expire.
   */
  pruneUnmetNeeds(before: string): Promise<number>;
  /** True the first time a key is seen; false for a duplicate delivery. Persisted, so it survives restarts. */
  claimOnce(key: string, now: number): Promise<boolean>;
  /** Remembers a time under a channel-specific key (ms since epoch). */
  setChannelTime(key: string, at: number): Promise<void>;
  getChannelTime(key: string): Promise<number | undefined>;
  getHandoff(id: string): Promise<HandoffRecord | undefined>;
  saveHandoff(handoff: HandoffRecord): Promise<void>;
  /** Every stored hand-off, closed ones included (for queues, the sweep and waiting-time figures). */
  listHandoffs(): Promise<HandoffRecord[]>;
  /** Deletes closed hand-offs last active before `before` (an ISO time) for retention; returns how many. */
  pruneClosedHandoffs(before: string): Promise<number>;
}
