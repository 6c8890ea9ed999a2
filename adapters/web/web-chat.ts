/**
 * The local web chat: a phone-chat simulator served at `/` and its JSON endpoint `/api/web/messages`, so
 * Waymark can be tried with no channel account at all. Translates between the page's JSON and the engine.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { IncomingMessage, TurnResult } from '../../bot/engine/types.js';
import type { Logger } from '../../bot/logger.js';
import type { HttpServer } from '../../bot/server.js';

/** Longer texts are refused with 413: no phone keyboard produces them, and they would only cost classifier time. */
export const MAX_WEB_TEXT = 4096;

const messageBody = z
  .object({
    /** A random id the page keeps in localStorage; pseudonymised before the engine sees it. */
    session: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
    text: z.string().max(MAX_WEB_TEXT).optional(),
    payload: z.string().max(64).optional(),
    languageHint: z.string().max(35).optional(),
  })
  .strict()
  .refine((b) => b.text !== undefined || b.payload !== undefined, 'send text or a button payload');

export interface WebChatDeps {
  server: HttpServer;
  handle(message: IncomingMessage): Promise<TurnResult>;
  pseudonymise(channel: string, id: string): string;
  /** UI labels of the page itself, by language, from the knowledge base. */
  labels(language: string): Record<string, string>;
  log: Logger;
}

const asset = (name: string): string => readFileSync(new URL(`./public/${name}`, import.meta.url), 'utf8');

export function registerWebChat(deps: WebChatDeps): void {
  const page = asset('index.html');
  const script = asset('chat.js');
  const style = asset('chat.css');
  const security = {
    'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  deps.server.route('GET', '/', async () => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...security }, body: page }));
  deps.server.route('GET', '/chat.js', async () => ({ status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8', ...security }, body: script }));
  deps.server.route('GET', '/chat.css', async () => ({ status: 200, headers: { 'content-type': 'text/css; charset=utf-8', ...security }, body: style }));
  deps.server.route('GET', '/api/web/labels', async (req) => ({ status: 200, body: deps.labels(req.query.lang ?? 'en') }));
  deps.server.route('POST', '/api/web/messages', async (req) => {
    let json: unknown;
    try {
      json = JSON.parse(req.rawBody.toString('utf8'));
    } catch {
      deps.log.warn({ path: req.path, bytes: req.rawBody.length }, 'web chat: body is not JSON');
      return { status: 400, body: { error: 'body must be JSON' } };
    }
    const parsed = messageBody.safeParse(json);
    if (!parsed.success) {
      const tooLong = parsed.error.issues.some((i) => i.code === 'too_big' && i.path[0] === 'text');
      deps.log.warn({ path: req.path, issue: parsed.error.issues[0]?.message }, 'web chat: message rejected');
      return tooLong ? { status: 413, body: { error: `text longer than ${MAX_WEB_TEXT} characters` } } : { status: 400, body: { error: 'invalid message' } };
    }
    const { session, text, payload, languageHint } = parsed.data;
    const result = await deps.handle({
      channel: 'web',
      user: deps.pseudonymise('web', session),
      ...(payload !== undefined ? { payload } : { text: text ?? '' }),
      ...(languageHint ? { languageHint } : {}),
    });
    return { status: 200, body: { replies: result.replies, language: result.language } };
  });
}
