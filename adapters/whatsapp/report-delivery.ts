/**
 * Logs what a delivery says about the bot's own messages: statuses (sent, delivered, read, failed) and problems
 * Meta reports for the app or account. None of it is answered. Failed statuses are warnings with Meta's code,
 * because they are the only sign that a user never saw an answer (131047: the 24-hour window had closed).
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status
 */
import type { Logger } from '../../bot/logger.js';
import { OUTSIDE_WINDOW } from './graph-client.js';
import type { Delivery } from './webhook-payload.js';

export function reportDelivery(delivery: Delivery, log: Logger): void {
  for (const status of delivery.statuses) {
    if (status.status !== 'failed') {
      log.debug({ status: status.status }, 'whatsapp: message status');
      continue;
    }
    const codes = (status.errors ?? []).map((e) => e.code);
    const first = status.errors?.[0];
    const why = codes.includes(OUTSIDE_WINDOW) ? ': more than 24 hours since the user last wrote' : '';
    log.warn({ status: 'failed', code: first?.code, codes, title: first?.title }, `whatsapp: a message was not delivered (code ${first?.code ?? 'none'})${why}`);
  }
  for (const error of delivery.errors) {
    log.error({ code: error.code, title: error.title, error: error.message }, `whatsapp: Meta reported a problem with the app or account (code ${error.code})`);
  }
  if (delivery.ignoredChanges > 0) {
    log.info({ changes: delivery.ignoredChanges }, 'whatsapp: changes for another phone number or webhook field ignored');
  }
}
