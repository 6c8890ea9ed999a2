/**
 * WhatsApp's customer-service window: free-form messages may be sent until 24 hours after the user's last
 * message; after that only approved templates.
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/send-messages#customer-service-windows
 */
import type { ChannelDeps } from '../../bot/channel.js';
import type { WebhookMessage } from './webhook-payload.js';

export const SERVICE_WINDOW_MS = 24 * 3600 * 1000;

export interface ServiceWindow {
  /** Remembers when the user wrote: Meta's timestamp, not when a late retry reached us. */
  opened(user: string, message: WebhookMessage): Promise<void>;
  isClosed(user: string): Promise<boolean>;
}

/** The window per user, kept in the store's channel times so it survives restarts. */
export function createServiceWindow(deps: Pick<ChannelDeps, 'store' | 'now'>): ServiceWindow {
  const key = (user: string): string => `whatsapp-window:${user}`;
  return {
    async opened(user, message) {
      const now = deps.now().getTime();
      const seconds = Number(message.timestamp);
      const wrote = Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, now) : now;
      const previous = await deps.store.getChannelTime(key(user));
      if (previous === undefined || wrote > previous) await deps.store.setChannelTime(key(user), wrote);
    },
    async isClosed(user) {
      const wrote = await deps.store.getChannelTime(key(user));
      return wrote !== undefined && deps.now().getTime() - wrote >= SERVICE_WINDOW_MS;
    },
  };
}
