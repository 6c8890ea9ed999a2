/**
 * Telegram messages as the engine sees them: text as text, everything the bot cannot read as a media kind, and
 * service messages (a pin, a payment receipt, ...) as nothing at all, so they get no reply.
 */
import type { Message } from 'grammy/types';
import type { IncomingMessage, MediaKind } from '../../bot/engine/types.js';

/** The channel name the engine, the turn log and the pseudonyms see. */
export const CHANNEL = 'telegram';

/**
 * Message fields that carry something a person sent, in the order they are checked: an animation also carries
 * `document` and a venue also carries `location` (https://core.telegram.org/bots/api#message), so the more
 * specific field comes first.
 */
const CONTENT_FIELDS: ReadonlyArray<readonly [keyof Message, MediaKind]> = [
  ['voice', 'voice'],
  ['audio', 'voice'],
  ['photo', 'photo'],
  ['sticker', 'sticker'],
  ['animation', 'video'],
  ['video', 'video'],
  ['video_note', 'video'],
  ['paid_media', 'other'],
  ['document', 'document'],
  ['venue', 'location'],
  ['location', 'location'],
  ['contact', 'other'],
  ['poll', 'other'],
  ['dice', 'other'],
  ['game', 'other'],
  ['story', 'other'],
  ['invoice', 'other'],
  ['checklist', 'other'],
];

/** The media kind of a message the bot cannot read, or undefined for a service message. */
export function toMediaKind(message: Message): MediaKind | undefined {
  return CONTENT_FIELDS.find(([field]) => message[field] !== undefined)?.[1];
}

/**
 * A deep link (`t.me/<bot>?start=<parameter>`) arrives as `/start <parameter>`
 * (https://core.telegram.org/bots/features#deep-linking); the engine knows the bare command, and Waymark gives
 * parameters no meaning.
 */
export function toCommandText(text: string): string {
  return /^\/start(@\w+)?\s+\S/.test(text) ? text.replace(/\s[\s\S]*$/, '') : text;
}

/**
 * Where a volunteer's answer can reach the user (the private chat's id) and the name they could choose to share
 * with volunteers: the engine keeps neither unless the user agrees to a hand-off.
 */
export function toSender(chatId: number, firstName: string | undefined): Pick<IncomingMessage, 'address' | 'displayName'> {
  return { address: String(chatId), ...(firstName ? { displayName: firstName } : {}) };
}

/**
 * The engine's view of a Telegram message, or undefined when there is nothing to answer.
 * @param user the pseudonym of the chat, never the Telegram id.
 * @param languageHint the sender's `language_code` (an IETF tag such as `uk` or `pt-br`).
 */
export function toIncoming(message: Message, user: string, languageHint: string | undefined): IncomingMessage | undefined {
  const base = { channel: CHANNEL, user, ...(languageHint ? { languageHint } : {}), ...toSender(message.chat.id, message.from?.first_name) };
  if (message.text !== undefined) return { ...base, text: toCommandText(message.text) };
  const media = toMediaKind(message);
  return media ? { ...base, media } : undefined;
}
