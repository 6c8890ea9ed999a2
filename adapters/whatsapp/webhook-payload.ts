/**
 * Reads a Cloud API webhook delivery: the envelope (`object`, `entry[].changes[].value`), the messages users
 * sent, and the statuses of the messages the bot sent. Only the fields Waymark uses are checked; anything else
 * Meta adds later passes through unread. Payload reference:
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages
 */
import { z } from 'zod';
import type { MediaKind } from '../../bot/engine/types.js';

const graphError = z.object({
  code: z.number(),
  title: z.string().optional(),
  message: z.string().optional(),
});

const message = z.object({
  /** The user's WhatsApp id (a phone number): pseudonymised before the engine sees it, never logged. */
  from: z.string().min(1),
  /** `wamid.…`, unique per message; Meta retries a delivery with the same id. It encodes the phone number. */
  id: z.string().min(1),
  /** Seconds since the epoch, as a string. */
  timestamp: z.string().optional(),
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
  interactive: z
    .object({
      type: z.string(),
      button_reply: z.object({ id: z.string() }).optional(),
      list_reply: z.object({ id: z.string() }).optional(),
    })
    .optional(),
  /** A quick-reply button of a template message. */
  button: z.object({ payload: z.string().optional(), text: z.string().optional() }).optional(),
});

const status = z.object({
  status: z.string(),
  errors: z.array(graphError).optional(),
});

const messagesValue = z.object({
  metadata: z.object({ phone_number_id: z.string() }),
  /** The senders' WhatsApp profiles; the name is passed to volunteers only if the user agrees. */
  contacts: z.array(z.object({ wa_id: z.string().optional(), profile: z.object({ name: z.string().optional() }).optional() })).optional(),
  messages: z.array(message).optional(),
  statuses: z.array(status).optional(),
  /** System- or app-level problems, delivered without a message. */
  errors: z.array(graphError).optional(),
});

const delivery = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(z.object({ changes: z.array(z.object({ field: z.string(), value: z.unknown() })) })),
});

/** A user's message, with the sender's profile name from the delivery's `contacts` when Meta sent one. */
export type WebhookMessage = z.infer<typeof message> & { profileName?: string };
export type WebhookStatus = z.infer<typeof status>;
export type GraphErrorInfo = z.infer<typeof graphError>;

/** What a message means to the engine: words, a pressed button, something it cannot read, or nothing at all. */
export type MessageContent = { text: string } | { payload: string } | { media: MediaKind } | undefined;

export interface Delivery {
  /** Every message for this phone number, in delivery order. */
  messages: WebhookMessage[];
  statuses: WebhookStatus[];
  errors: GraphErrorInfo[];
  /** Changes for another phone number of the same app, or of another webhook field; not ours to answer. */
  ignoredChanges: number;
}

export type ParsedDelivery = { ok: true; delivery: Delivery } | { ok: false; problem: string };

const MEDIA: Record<string, MediaKind> = {
  audio: 'voice',
  image: 'photo',
  sticker: 'sticker',
  document: 'document',
  video: 'video',
  location: 'location',
  contacts: 'other',
  unsupported: 'other',
  unknown: 'other',
};

/** Message types that are not something the user said: a reaction to a message, a number change notice. */
const NOT_A_TURN = new Set(['reaction', 'system']);

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`;
}

/** Parses and checks a signed body; `problem` says which field was wrong, for the log line. */
export function parseDelivery(rawBody: Buffer, phoneNumberId: string): ParsedDelivery {
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString('utf8'));
  } catch {
    // V8's message quotes the body, which may hold a user's words, so it stays out of the log.
    return { ok: false, problem: 'not JSON' };
  }
  const envelope = delivery.safeParse(json);
  if (!envelope.success) return { ok: false, problem: `not a WhatsApp Business Account delivery at ${describe(envelope.error)}` };
  const result: Delivery = { messages: [], statuses: [], errors: [], ignoredChanges: 0 };
  for (const [e, entry] of envelope.data.entry.entries()) {
    for (const [c, change] of entry.changes.entries()) {
      if (change.field !== 'messages') {
        result.ignoredChanges++;
        continue;
      }
      const value = messagesValue.safeParse(change.value);
      if (!value.success) return { ok: false, problem: `unexpected shape at entry.${e}.changes.${c}.value.${describe(value.error)}` };
      if (value.data.metadata.phone_number_id !== phoneNumberId) {
        result.ignoredChanges++;
        continue;
      }
      const names = new Map((value.data.contacts ?? []).flatMap((c) => (c.wa_id && c.profile?.name ? [[c.wa_id, c.profile.name] as const] : [])));
      result.messages.push(...(value.data.messages ?? []).map((m) => (names.has(m.from) ? { ...m, profileName: names.get(m.from) as string } : m)));
      result.statuses.push(...(value.data.statuses ?? []));
      result.errors.push(...(value.data.errors ?? []));
    }
  }
  return { ok: true, delivery: result };
}

/** Maps a WhatsApp message to what the engine reads; `undefined` for messages that need no answer. */
export function toContent(m: WebhookMessage): MessageContent {
  if (NOT_A_TURN.has(m.type)) return undefined;
  if (m.type === 'text' && m.text) return { text: m.text.body };
  if (m.type === 'interactive') {
    const id = m.interactive?.button_reply?.id ?? m.interactive?.list_reply?.id;
    return id !== undefined ? { payload: id } : { media: 'other' };
  }
  if (m.type === 'button' && m.button) return m.button.payload ? { payload: m.button.payload } : { text: m.button.text ?? '' };
  return { media: MEDIA[m.type] ?? 'other' };
}
