/**
 * The WhatsApp channel, over Meta's Cloud API with plain HTTPS (no SDK): the webhook at `/webhooks/whatsapp`
 * receives users' messages, the Graph API sends the answers. Translates between WhatsApp's payloads and the
 * engine; holds no conversation logic.
 *
 * Meta expects a quick 200 and retries deliveries that do not get one, so a signed delivery is acknowledged at
 * once and its messages are handled afterwards; `stop()` waits for them.
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/overview
 */
import type { ChannelDeps, RunningChannel } from '../../bot/channel.js';
import type { Config } from '../../bot/config.js';
import type { HttpRequest, HttpResponse } from '../../bot/server.js';
import { createGraphClient } from './graph-client.js';
import { reportDelivery } from './report-delivery.js';
import { createTurnRunner } from './run-turn.js';
import { createServiceWindow } from './service-window.js';
import { createWhatsAppUserChannel } from './user-channel.js';
import { isSignedByMeta, isSubscription } from './verify.js';
import { parseDelivery } from './webhook-payload.js';

/** The callback URL to enter in the Meta app dashboard is `https://<your host>` followed by this path. */
export const WEBHOOK_PATH = '/webhooks/whatsapp';

const SIGNATURE_HEADER = 'x-hub-signature-256';

/**
 * Registers the webhook (GET handshake, POST deliveries) on `deps.server` and answers through the Graph API at
 * `${config.apiBase}/${config.phoneNumberId}/messages`. The returned channel's `stop()` refuses new deliveries
 * with 503 (Meta delivers them again later) and waits for the messages already acknowledged.
 */
export function registerWhatsApp(deps: ChannelDeps, config: NonNullable<Config['whatsapp']>): RunningChannel {
  const log = deps.log.child({ channel: 'whatsapp' });
  const graph = createGraphClient({ apiBase: config.apiBase, phoneNumberId: config.phoneNumberId, accessToken: config.accessToken, log });
  const runTurn = createTurnRunner(deps, graph, log);
  deps.handoff?.attachUserChannel('whatsapp', createWhatsAppUserChannel(graph, createServiceWindow(deps), deps.knowledge, log, config.handoffTemplate));
  const inFlight = new Set<Promise<void>>();
  let stopped = false;

  const track = (work: Promise<void>): void => {
    const tracked: Promise<void> = work
      .catch((error: unknown) => {
        const code = (error as { code?: unknown } | null)?.code;
        log.error({ code, reason: error instanceof Error ? error.message : String(error) }, 'whatsapp: a message could not be handled; the user got no answer');
      })
      .finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  const verifySubscription = async (request: HttpRequest): Promise<HttpResponse> => {
    if (isSubscription(request.query, config.verifyToken)) {
      log.info('whatsapp: webhook subscription verified');
      return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }, body: request.query['hub.challenge'] ?? '' };
    }
    log.warn({ mode: request.query['hub.mode'] }, 'whatsapp: webhook verification refused: hub.mode is not "subscribe" or hub.verify_token differs from WHATSAPP_VERIFY_TOKEN');
    return { status: 403, body: { error: 'verification failed' } };
  };

  const receive = async (request: HttpRequest): Promise<HttpResponse> => {
    if (stopped) return { status: 503, body: { error: 'shutting down' } };
    const signature = request.headers[SIGNATURE_HEADER];
    if (!signature) {
      log.warn({ bytes: request.rawBody.length }, 'whatsapp: delivery refused: no X-Hub-Signature-256 header (Meta signs every delivery)');
      return { status: 401, body: { error: 'signature required' } };
    }
    if (!isSignedByMeta(request.rawBody, signature, config.appSecret)) {
      log.warn({ bytes: request.rawBody.length }, 'whatsapp: delivery refused: X-Hub-Signature-256 does not match the body; check WHATSAPP_APP_SECRET is the secret of the app that sends this webhook');
      return { status: 401, body: { error: 'bad signature' } };
    }
    const parsed = parseDelivery(request.rawBody, config.phoneNumberId);
    if (!parsed.ok) {
      log.warn({ bytes: request.rawBody.length, problem: parsed.problem }, 'whatsapp: signed delivery refused: body is not a WhatsApp webhook payload');
      return { status: 400, body: { error: 'not a WhatsApp webhook payload' } };
    }
    reportDelivery(parsed.delivery, log);
    for (const message of parsed.delivery.messages) track(runTurn(message));
    return { status: 200 };
  };

  deps.server.route('GET', WEBHOOK_PATH, verifySubscription);
  deps.server.route('POST', WEBHOOK_PATH, receive);

  return {
    name: 'whatsapp',
    async stop() {
      stopped = true;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
