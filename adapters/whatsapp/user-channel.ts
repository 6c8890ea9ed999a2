/**
 * Volunteers' answers to WhatsApp users, sent outside a turn. Within the 24-hour window they go out as normal
 * messages; after it, the configured template invites the user back (its one body parameter is the
 * organisation's name) and the desk keeps the answer until the user writes again.
 */
import type { UserChannel } from '../../bot/handoff/ports.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Logger } from '../../bot/logger.js';
import type { GraphClient } from './graph-client.js';
import { LIST_BUTTON_KEY } from './run-turn.js';
import type { ServiceWindow } from './service-window.js';
import { toGraphMessages, toTemplateMessage } from './to-graph-messages.js';

export function createWhatsAppUserChannel(graph: GraphClient, window: ServiceWindow, knowledge: KnowledgeBase, log: Logger, template: { name: string; language: string } | undefined): UserChannel {
  const invite = async (to: string, organisation: string): Promise<'template-sent' | 'window-closed' | 'failed'> => {
    if (!template) {
      log.warn('whatsapp: a volunteer answered after the 24-hour window and WHATSAPP_HANDOFF_TEMPLATE is not set; the answer waits until the user writes');
      return 'window-closed';
    }
    const outcome = await graph.send(toTemplateMessage(to, template, [organisation]));
    return outcome === 'sent' ? 'template-sent' : 'failed';
  };
  return {
    async deliver({ user, address }, replies, { organisation }) {
      if (await window.isClosed(user)) return invite(address, organisation);
      const messages = replies.flatMap((reply) => toGraphMessages(reply, address, knowledge.strings.format(reply.language, LIST_BUTTON_KEY)));
      for (const message of messages) {
        const outcome = await graph.send(message);
        if (outcome === 'outside-window') return invite(address, organisation);
        if (outcome !== 'sent') return 'failed';
      }
      return 'delivered';
    },
  };
}
