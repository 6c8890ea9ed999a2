/**
 * Builds the grammY bot: the Bot API client with flood control, and the middleware in a fixed order (turn
 * tracking, the error boundary, one chat at a time, the conversation). Nothing here talks to Telegram yet.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { apiThrottler, type APIThrottlerOptions } from '@grammyjs/transformer-throttler';
import { Bot, type Context, type Transformer } from 'grammy';
import type { ChannelDeps } from '../../bot/channel.js';
import type { Logger } from '../../bot/logger.js';
import { createConversation } from './conversation.js';
import { createErrorHandler } from './error-boundary.js';
import { createVolunteerRoom } from './volunteer-room.js';

/** The only update types the bot acts on; asking for no others keeps the rest off the wire. */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/**
 * Telegram's flood limits (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this):
 * about 30 messages a second overall, 20 a minute in a group, and about one a second in a private chat, where
 * short bursts are tolerated. A private chat therefore gets a bucket of a few messages, refilled one a second,
 * so a turn's two or three replies go out at once; one request at a time per chat keeps them in order.
 */
export const FLOOD_LIMITS: APIThrottlerOptions = {
  global: { reservoir: 30, reservoirRefreshAmount: 30, reservoirRefreshInterval: 1000 },
  group: { maxConcurrent: 1, minTime: 1000, reservoir: 20, reservoirRefreshAmount: 20, reservoirRefreshInterval: 60_000 },
  out: { maxConcurrent: 1, reservoir: 6, reservoirIncreaseAmount: 1, reservoirIncreaseInterval: 1000, reservoirIncreaseMaximum: 6 },
};

/**
 * A 429 names the seconds to wait (`retry_after`) and is retried after them; a wait longer than a minute, or a
 * third failure in a row, is given up and logged, so a turn never hangs for an hour. Network errors are not
 * retried here: the runner retries getUpdates itself, and a lost reply is logged by the error boundary.
 */
const RETRY = { maxDelaySeconds: 60, maxRetryAttempts: 3, rethrowHttpErrors: true };

/** Turns being handled, so stop can wait for them, and the last update id seen, to confirm it to Telegram. */
export interface TurnTracker {
  settled(): Promise<void>;
  lastUpdateId(): number | undefined;
}

export interface TelegramBot {
  bot: Bot;
  turns: TurnTracker;
}

/** The runner logs failed polls with console.error unless silenced; this logs them through the bot's logger. */
function logPollingFailures(log: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    if (method !== 'getUpdates') return prev(method, payload, signal);
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok) log.warn({ errorCode: result.error_code, description: result.description }, `telegram: getUpdates failed with ${result.error_code} (${result.description})`);
      return result;
    } catch (error) {
      if (!signal?.aborted) log.warn({ error: String(error) }, 'telegram: getUpdates could not reach the Bot API; polling retries with back-off');
      throw error;
    }
  };
}

export function createTelegramBot(deps: ChannelDeps, config: { token: string; apiRoot: string }): TelegramBot {
  // grammY refuses an apiRoot ending in '/', which a copied URL often has.
  const bot = new Bot(config.token, { client: { apiRoot: config.apiRoot.replace(/\/+$/, '') } });
  // The last transformer installed runs first: the throttler holds a chat's slot while auto-retry waits out a 429.
  bot.api.config.use(logPollingFailures(deps.log), autoRetry(RETRY), apiThrottler(FLOOD_LIMITS));

  const inFlight = new Set<Promise<void>>();
  let lastUpdateId: number | undefined;
  bot.use(async (ctx, next) => {
    lastUpdateId = Math.max(lastUpdateId ?? -1, ctx.update.update_id);
    const turn = next();
    inFlight.add(turn);
    try {
      await turn;
    } finally {
      inFlight.delete(turn);
    }
  });
  const guarded = bot.errorBoundary(createErrorHandler(deps));
  // Updates of one chat run one after another, as the engine reads and writes the user's state per turn.
  guarded.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  if (deps.handoff) {
    const teamChats = new Set(deps.handoff.teams.flatMap((t) => (t.desk === 'telegram' && t.telegram_chat_id !== undefined ? [t.telegram_chat_id] : [])));
    guarded.use(createVolunteerRoom(deps.handoff, teamChats, deps.log));
  }
  guarded.use(createConversation(deps));

  const turns: TurnTracker = {
    settled: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    lastUpdateId: () => lastUpdateId,
  };
  return { bot, turns };
}
