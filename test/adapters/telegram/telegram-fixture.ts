/**
 * The Telegram channel started for real against the Bot API stand-in: a real engine (test harness), a real HTTP
 * server on port 0, and a logger whose lines the tests read.
 */
import { Writable } from 'node:stream';
import type { RunningChannel } from '../../../bot/channel.js';
import type { IncomingMessage } from '../../../bot/engine/types.js';
import { createLogger } from '../../../bot/logger.js';
import { createPseudonymiser } from '../../../bot/pseudonym.js';
import { createHttpServer, type HttpServer } from '../../../bot/server.js';
import { startTelegram, type TelegramConfig } from '../../../adapters/telegram/index.js';
import { createHarness, SECRET, type Harness } from '../../support/engine-harness.js';
import type { HandoffHarness } from '../../support/handoff-fixture.js';
import { startFakeBotApi, TEST_TOKEN, type FakeBotApi } from './fake-bot-api.js';

export const WEBHOOK_URL = 'https://bot.example.org/webhooks/telegram';
export const WEBHOOK_SECRET = 'test-webhook-secret-0123456789';

export interface TelegramFixture {
  api: FakeBotApi;
  harness: Harness;
  server: HttpServer;
  /** The HTTP server's base URL. */
  url: string;
  channel: RunningChannel;
  /** Every message the adapter handed the engine. */
  handled: IncomingMessage[];
  logs: string[];
  /** A UI string, as the engine would say it. */
  t(language: string, key: string, args?: Record<string, string | number>): string;
  stop(): Promise<void>;
}

/** The engine stand-in fails on this text, to exercise the error boundary. */
export const FAILING_TEXT = 'please fail this turn';

export async function startTelegramFixture(options: { webhook?: boolean; engineDelayMs?: number; handoff?: HandoffHarness } = {}): Promise<TelegramFixture> {
  const api = await startFakeBotApi();
  const harness = options.handoff ?? (await createHarness());
  const logs: string[] = [];
  const log = createLogger('debug', new Writable({ write: (chunk, _enc, done) => (logs.push(String(chunk)), done()) }) as never);
  const server = createHttpServer({ host: '127.0.0.1', port: 0, log });
  const handled: IncomingMessage[] = [];
  const config: TelegramConfig = { token: TEST_TOKEN, apiRoot: api.apiRoot, ...(options.webhook ? { webhookUrl: WEBHOOK_URL, webhookSecret: WEBHOOK_SECRET } : {}) };
  const channel = await startTelegram(
    {
      handle: async (message) => {
        handled.push(message);
        if (options.engineDelayMs) await new Promise((r) => setTimeout(r, options.engineDelayMs));
        if (message.text === FAILING_TEXT) throw new Error('the store is not writable (test)');
        return harness.engine.handle(message);
      },
      pseudonymise: createPseudonymiser(SECRET),
      server,
      store: harness.store,
      knowledge: harness.knowledge,
      log,
      now: () => harness.clock.now,
      ...(options.handoff ? { handoff: options.handoff.desk } : {}),
    },
    config,
  );
  const url = await server.listen();
  return {
    api,
    harness,
    server,
    url,
    channel,
    handled,
    logs,
    t: (language, key, args) => harness.knowledge.strings.format(language, key, args),
    async stop() {
      await channel.stop();
      await server.close();
      await api.close();
    },
  };
}
