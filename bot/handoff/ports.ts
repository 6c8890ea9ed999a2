/**
 * How the hand-off desk reaches people outside a turn. Channel adapters implement these and attach them at
 * start-up; the core never imports a channel SDK.
 */
import type { Reply } from '../engine/types.js';
import type { Team } from './teams.js';

/**
 * `delivered`: sent. `template-sent`: the channel's reply window had closed, a template asking the user to write
 * back was sent instead, and the replies wait for their next message. `window-closed`: the same, but no template
 * is configured. `failed`: not sent (logged by the adapter).
 */
export type DeliveryOutcome = 'delivered' | 'template-sent' | 'window-closed' | 'failed';

/** A channel users chat in (Telegram, WhatsApp), able to send them messages at any time. */
export interface UserChannel {
  deliver(target: { user: string; address: string }, replies: readonly Reply[], context: { organisation: string; language: string }): Promise<DeliveryOutcome>;
}

/** Where a Telegram team's case lives: a forum topic of the team's supergroup. */
export interface ThreadRef {
  chatId: number;
  threadId: number;
}

/** A place where volunteers work that the bot posts to (a Telegram forum group). The web inbox needs none. */
export interface TeamDesk {
  /** Opens a case (a forum topic) with a title and the summary as its first post. */
  openCase(team: Team, title: string, summary: string): Promise<ThreadRef>;
  post(thread: ThreadRef, text: string): Promise<void>;
  closeCase(thread: ThreadRef): Promise<void>;
}

/** Who acted on the volunteer side: a stable tag (`telegram:<id>`, `console:<username>`) and a name for colleagues. */
export interface Volunteer {
  id: string;
  name: string;
}
