/**
 * Webhook mode: Telegram POSTs each update as JSON to the URL given to setWebhook, with the secret given there in
 * the `X-Telegram-Bot-Api-Secret-Token` header (https://core.telegram.org/bots/api#setwebhook). Requests without
 * it are refused before their body is parsed, so forged updates never reach the engine.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Update } from 'grammy/types';
import { z } from 'zod';
import type { Logger } from '../../bot/logger.js';
import type { HttpResponse, RouteHandler } from '../../bot/server.js';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/** Only the id is checked here; grammY reads the rest and unknown shapes fall through to the ignore handler. */
const updateShape = z.object({ update_id: z.number().int().nonnegative() }).passthrough();

export interface WebhookOptions {
  secret: string;
  log: Logger;
  /** False before the bot knows who it is, and after stop: Telegram is asked to retry later. */
  isAccepting(): boolean;
  /** True the first time an update id is seen; Telegram redelivers an update whose response it missed. */
  claim(updateId: number): Promise<boolean>;
  process(update: Update): Promise<void>;
}

/** The route path of a webhook URL, e.g. `/webhooks/telegram` for `https://bot.example.org/webhooks/telegram`. */
export function toWebhookPath(webhookUrl: string): string {
  return new URL(webhookUrl).pathname;
}

/** Compares hashes, so neither the content nor the length of the secret leaks through timing. */
export function isSameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function createWebhookHandler(options: WebhookOptions): RouteHandler {
  const { log } = options;
  const refuse = (status: number, error: string): HttpResponse => ({ status, body: { error } });
  return async (request) => {
    const given = request.headers[SECRET_HEADER];
    if (!isSameSecret(given, options.secret)) {
      log.warn({ path: request.path, header: given === undefined ? 'missing' : 'wrong' }, `telegram webhook: request refused, the ${SECRET_HEADER} header is ${given === undefined ? 'missing' : 'wrong'} (forged, or sent for an older TELEGRAM_WEBHOOK_SECRET)`);
      return refuse(401, 'secret token missing or wrong');
    }
    if (!options.isAccepting()) return refuse(503, 'not accepting updates now; retry later');
    let json: unknown;
    try {
      json = JSON.parse(request.rawBody.toString('utf8'));
    } catch {
      json = undefined;
    }
    const parsed = updateShape.safeParse(json);
    if (!parsed.success) {
      log.warn({ path: request.path, bytes: request.rawBody.length }, 'telegram webhook: body is not a JSON Telegram update (an object with a numeric update_id); refused with 400');
      return refuse(400, 'body must be a JSON Telegram update');
    }
    const update = parsed.data as unknown as Update;
    if (!(await options.claim(update.update_id))) {
      log.debug({ updateId: update.update_id }, 'telegram webhook: redelivered update ignored');
      return { status: 200, body: '' };
    }
    await options.process(update);
    return { status: 200, body: '' };
  };
}
