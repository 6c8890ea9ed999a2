/**
 * One WhatsApp message through the engine and back: deduplicated (Meta retries deliveries), the user's
 * customer-service window remembered, replies sent in order. Messages of one user run one after another, also
 * across deliveries, so a second question's answer never overtakes the first's.
 */
import type { ChannelDeps } from '../../bot/channel.js';
import { createKeyedLock } from '../../bot/engine/keyed-lock.js';
import type { TurnResult } from '../../bot/engine/types.js';
import type { Logger } from '../../bot/logger.js';
import type { GraphClient } from './graph-client.js';
import { toGraphMessages } from './to-graph-messages.js';
import { toContent, type WebhookMessage } from './webhook-payload.js';

/**
 * Free-form messages may be sent until 24 hours after the user's last message; after that only templates.
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/send-messages#customer-service-windows
 */
export const SERVICE_WINDOW_MS = 24 * 3600 * 1000;

/** The UI string labelling the button that opens a list message. */
const LIST_BUTTON_KEY = 'button-menu';

export type RunTurn = (message: WebhookMessage) => Promise<void>;

export function createTurnRunner(deps: ChannelDeps, graph: GraphClient, log: Logger): RunTurn {
  const oneAtATime = createKeyedLock();
  const windowKey = (user: string): string => `whatsapp-window:${user}`;

  /** The window opens when the user wrote (Meta's timestamp), not when a late retry reached us. */
  const rememberWindow = async (user: string, message: WebhookMessage): Promise<void> => {
    const now = deps.now().getTime();
    const seconds = Number(message.timestamp);
    const wrote = Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, now) : now;
    const previous = await deps.store.getChannelTime(windowKey(user));
    if (previous === undefined || wrote > previous) await deps.store.setChannelTime(windowKey(user), wrote);
  };

  const isWindowClosed = async (user: string): Promise<boolean> => {
    const wrote = await deps.store.getChannelTime(windowKey(user));
    return wrote !== undefined && deps.now().getTime() - wrote >= SERVICE_WINDOW_MS;
  };

  const deliver = async (user: string, to: string, result: TurnResult): Promise<void> => {
    const messages = result.replies.flatMap((reply) => toGraphMessages(reply, to, deps.knowledge.strings.format(reply.language, LIST_BUTTON_KEY)));
    if (await isWindowClosed(user)) {
      log.warn({ dropped: messages.length }, 'whatsapp: replies dropped, more than 24 hours since the user wrote; only a template may be sent now');
      return;
    }
    for (const [i, message] of messages.entries()) {
      const outcome = await graph.send(message);
      if (outcome !== 'sent') {
        // The rest of a turn reads as nonsense without the part that failed ("Did this help?" with no answer).
        if (i < messages.length - 1) log.warn({ dropped: messages.length - i - 1, outcome }, 'whatsapp: rest of the turn dropped after a failed send');
        return;
      }
    }
  };

  // Async so a throw becomes a rejection; the lock is still taken synchronously, in delivery order.
  return async (message) => {
    const content = toContent(message);
    if (!content) {
      log.debug({ type: message.type }, 'whatsapp: message needs no answer');
      return;
    }
    const user = deps.pseudonymise('whatsapp', message.from);
    return oneAtATime(user, async () => {
      if (!(await deps.store.claimOnce(`whatsapp:${message.id}`, deps.now().getTime()))) {
        log.info({ type: message.type }, 'whatsapp: repeated delivery of a message already handled; ignored');
        return;
      }
      await rememberWindow(user, message);
      const result = await deps.handle({ channel: 'whatsapp', user, ...content });
      await deliver(user, message.from, result);
    });
  };
}
