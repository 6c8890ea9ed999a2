/**
 * What a channel adapter gets from the core, and what it hands back. Adapters translate between a channel's
 * protocol and {@link IncomingMessage}/{@link TurnResult}; they hold no conversation logic.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { HandoffDesk } from './handoff/desk.js';
import type { IncomingMessage, TurnResult } from './engine/types.js';
import type { Logger } from './logger.js';
import type { Pseudonymise } from './pseudonym.js';
import type { HttpServer } from './server.js';
import type { Store } from './store/types.js';

export interface ChannelDeps {
  /** Runs one turn through the engine (and writes the turn log line). */
  handle(message: IncomingMessage): Promise<TurnResult>;
  /** Turns a channel's user id (Telegram chat id, WhatsApp number) into the pseudonym the engine sees. */
  pseudonymise: Pseudonymise;
  /** Routes for webhooks are registered here (raw bodies available for signature checks). */
  server: HttpServer;
  /** For deduplication of deliveries (`claimOnce`) and per-user channel timestamps. */
  store: Store;
  /** For UI strings the channel itself needs (command descriptions, ...). */
  knowledge: KnowledgeBase;
  log: Logger;
  now: () => Date;
  /** The hand-off to volunteers, when teams are configured: channels attach a way to reach their users. */
  handoff?: HandoffDesk;
}

export interface RunningChannel {
  name: string;
  /** Stops taking new messages and waits for turns in flight to finish. */
  stop(): Promise<void>;
}
