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
import { createServiceWindow } from './service-window.js';
import { toGraphMessages } from './to-graph-messages.js';
import { toContent, type WebhookMessage } from './webhook-payload.js';

export { SERVICE_WINDOW_MS } from './service-window.js';

/** The UI string labelling the button that opens a list message. */
export const LIST_BUTTON_KEY = 'button-menu';

export type RunTurn = (message: WebhookMessage) => Promise<void>;

export function createTurnRunner(deps: ChannelDeps, graph: GraphClient, log: Logger): RunTurn {
  const oneAtATime = createKeyedLock();
  const window = createServiceWindow(deps);

  const deliver = async (user: string, to: string, result: TurnResult): Promise<void> => {
    const messages = result.replies.flatMap((reply) => toGraphMessages(reply, to, deps.knowledge.strings.format(reply.language, LIST_BUTTON_KEY)));
    if (await window.isClosed(user)) {
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
      await window.opened(user, message);
      const result = await deps.handle({ channel: 'whatsapp', user, ...content, address: message.from, ...(message.profileName ? { displayName: message.profileName } : {}) });
      await deliver(user, message.from, result);
    });
  };
}
