/**
 * The channel-neutral conversation contract: what an adapter hands the engine and what it gets back. Adapters
 * translate to and from these shapes; the engine never sees an SDK type.
 */

/** Kinds of non-text messages that channels deliver and the bot cannot read. */
export type MediaKind = 'voice' | 'photo' | 'sticker' | 'document' | 'video' | 'location' | 'other';

export interface IncomingMessage {
  /** Channel name, e.g. "telegram", "whatsapp", "web", "terminal". */
  channel: string;
  /** Pseudonymous user id (see bot/pseudonym.ts); never a phone number or account id. */
  user: string;
  text?: string;
  /** The payload of a pressed button, as the engine put it in {@link Button.payload}. */
  payload?: string;
  media?: MediaKind;
  /** The user's interface language as the channel reports it; a hint for the first reply only. */
  languageHint?: string;
  /**
   * Where the channel can reach the user later (Telegram chat id, WhatsApp number). Stored, sealed, only while a
   * hand-off the user agreed to is open, so a volunteer's answer can be delivered; never shown to anyone.
   */
  address?: string;
  /** The user's name on the channel; passed to volunteers only if the user chooses to share it. */
  displayName?: string;
}

export interface Button {
  /** At most 20 characters in every language (WhatsApp's limit for reply buttons). */
  label: string;
  /** Compact and versioned (see payload.ts); at most 64 bytes (Telegram's callback_data limit). */
  payload: string;
}

export interface Reply {
  text: string;
  buttons?: Button[];
  language: string;
  direction: 'ltr' | 'rtl';
}

/** One handled turn: the replies, and what the turn log records about it. */
export interface TurnResult {
  replies: Reply[];
  language: string;
  topic?: string;
  confidence?: number;
}
