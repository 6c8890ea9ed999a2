/**
 * A hand-off to human volunteers, as stored. While it is open it holds what the volunteers need (the sealed
 * address to reach the user, the conversation); once closed, everything that could identify or describe the
 * person is dropped and only the events, team and classification remain, so coordinators can see waiting times.
 */
import { z } from 'zod';

export const HANDOFF_REASONS = ['asked', 'not-helpful', 'none-twice', 'emergency'] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];

/**
 * `consent`: asked, not yet agreed. `waiting`: agreed and routed to a team, no volunteer has answered yet.
 * `active`: a volunteer claimed or answered. `closed`: over; see `outcome`.
 */
export const HANDOFF_STATUSES = ['consent', 'waiting', 'active', 'closed'] as const;

export const HANDOFF_OUTCOMES = ['declined', 'no-team', 'closed-by-volunteer', 'returned-to-bot', 'timed-out', 'idle', 'forgotten'] as const;
export type HandoffOutcome = (typeof HANDOFF_OUTCOMES)[number];

export const HANDOFF_EVENTS = ['requested', 'consented', 'declined', 'routed', 'claimed', 'replied', 'user-message', 'template-sent', 'closed', 'timed-out'] as const;
export type HandoffEventType = (typeof HANDOFF_EVENTS)[number];

export const handoffEvent = z
  .object({
    type: z.enum(HANDOFF_EVENTS),
    /** Full ISO time: waiting times are measured in minutes. */
    at: z.string(),
    /** A volunteer's tag (`console:<username>` or `telegram:<id>`) for claimed, replied and closed. */
    by: z.string().optional(),
  })
  .strict();
export type HandoffEvent = z.infer<typeof handoffEvent>;

export const handoffMessage = z
  .object({
    from: z.enum(['user', 'volunteer', 'system']),
    text: z.string(),
    at: z.string(),
    /** Volunteer's tag, for the console's "you wrote". */
    by: z.string().optional(),
  })
  .strict();
export type HandoffMessage = z.infer<typeof handoffMessage>;

/** A reply kept for the user while WhatsApp's 24-hour window is closed; delivered when they next write. */
export const pendingReply = z.object({ text: z.string(), language: z.string(), direction: z.enum(['ltr', 'rtl']) }).strict();

export const handoffRecord = z
  .object({
    id: z.string().min(1),
    /** The user's pseudonym while the hand-off is open; removed when it closes. */
    user: z.string().optional(),
    /** What volunteers call the user: a short code, the same for every hand-off of one person. */
    alias: z.string(),
    channel: z.string(),
    /** The channel address (chat id, phone number) sealed with the installation's secret; removed on close. */
    address: z.string().optional(),
    /** The user's name on their channel, only when they agreed to share it; removed on close. */
    displayName: z.string().optional(),
    status: z.enum(HANDOFF_STATUSES),
    outcome: z.enum(HANDOFF_OUTCOMES).optional(),
    reason: z.enum(HANDOFF_REASONS),
    /** Emergencies, violence and exploitation: first in every queue and marked as such. */
    priority: z.boolean(),
    country: z.string().optional(),
    language: z.string(),
    topic: z.string().optional(),
    confidence: z.number().optional(),
    team: z.string().optional(),
    /** The volunteer who claimed it: a tag and the name volunteers see (never shown to the user). */
    volunteer: z.object({ id: z.string(), name: z.string() }).strict().optional(),
    /** The team's Telegram forum topic, when the team works in Telegram. */
    thread: z.object({ chatId: z.number(), threadId: z.number() }).strict().optional(),
    createdAt: z.string(),
    lastActivityAt: z.string(),
    /** Until when the user waits for a first answer before being told honestly that none came. */
    deadline: z.string().optional(),
    messages: z.array(handoffMessage).default([]),
    pending: z.array(pendingReply).default([]),
    events: z.array(handoffEvent),
  })
  .strict();
export type HandoffRecord = z.infer<typeof handoffRecord>;

/** Waiting for or talking with a volunteer: the states in which messages are relayed. */
export const isOpenHandoff = (h: HandoffRecord | undefined): h is HandoffRecord & { status: 'waiting' | 'active' } => h !== undefined && (h.status === 'waiting' || h.status === 'active');
