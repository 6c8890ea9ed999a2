/**
 * The Telegram channel, on grammY: long polling by default (grammY runner), a webhook on the bot's HTTP server
 * when `webhookUrl` is set. This folder is the only place that imports grammY; it translates between the Bot API
 * and the engine and holds no conversation logic.
 */
import { run } from '@grammyjs/runner';
import { GrammyError, type Bot } from 'grammy';
import type { ChannelDeps, RunningChannel } from '../../bot/channel.js';
import type { Config } from '../../bot/config.js';
import type { Logger } from '../../bot/logger.js';
import { WaymarkError } from '../../knowledge/errors.js';
import { registerCommands } from './commands.js';
import { ALLOWED_UPDATES, createTelegramBot, type TurnTracker } from './create-bot.js';
import { CHANNEL } from './to-incoming.js';
import { createTelegramTeamDesk, createTelegramUserChannel } from './volunteer-room.js';
import { createWebhookHandler, toWebhookPath } from './webhook.js';

export type TelegramConfig = NonNullable<Config['telegram']>;

/** How long start waits for the Bot API to answer getMe before giving up with an error. */
const REACH_TIMEOUT_MS = 30_000;

/**
 * Starts the Telegram channel: checks the token (getMe), registers the command menus in every language, then
 * receives updates by long polling, or by webhook when `config.webhookUrl` is set. In webhook mode the route is
 * registered on `deps.server` synchronously, before anything is awaited, so call this before `server.listen()`.
 *
 * @throws {WaymarkError} `CONFIG_INVALID` when Telegram refuses the token, the API root, or the webhook URL.
 */
export async function startTelegram(deps: ChannelDeps, config: NonNullable<Config['telegram']>): Promise<RunningChannel> {
  const { bot, turns } = createTelegramBot(deps, config);
  if (deps.handoff) {
    deps.handoff.attachUserChannel(CHANNEL, createTelegramUserChannel(bot.api, deps.log));
    deps.handoff.attachTeamDesk(createTelegramTeamDesk(bot.api));
  }
  if (!config.webhookUrl) return startPolling(deps, bot, turns, config.apiRoot);
  if (!config.webhookSecret) {
    throw new WaymarkError('CONFIG_INVALID', 'Telegram webhook mode needs a secret token', 'Set TELEGRAM_WEBHOOK_SECRET (16-256 characters of A-Z, a-z, 0-9, _ and -).');
  }
  return startWebhook(deps, bot, turns, config.apiRoot, { url: config.webhookUrl, secret: config.webhookSecret });
}

async function startPolling(deps: ChannelDeps, bot: Bot, turns: TurnTracker, apiRoot: string): Promise<RunningChannel> {
  const { log } = deps;
  await prepare(deps, bot, apiRoot);
  // getUpdates is refused with 409 while a webhook is set (https://core.telegram.org/bots/api#getupdates).
  await bot.api.deleteWebhook();
  const runner = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES }, silent: true } });
  void runner.task()?.catch((error: unknown) => {
    const hint = error instanceof GrammyError && error.error_code === 409 ? ': another instance polls with this token, or a webhook was set; run one instance per token' : '';
    log.error({ error: String(error) }, `telegram: polling stopped${hint}`);
  });
  log.info({ mode: 'polling', bot: bot.botInfo.username }, 'telegram: receiving updates by long polling');
  return {
    name: CHANNEL,
    stop: async () => {
      if (runner.isRunning()) await runner.stop();
      await turns.settled();
      await confirmHandled(bot, turns.lastUpdateId(), log);
    },
  };
}

async function startWebhook(deps: ChannelDeps, bot: Bot, turns: TurnTracker, apiRoot: string, { url, secret }: { url: string; secret: string }): Promise<RunningChannel> {
  const { log } = deps;
  let accepting = false;
  const path = toWebhookPath(url);
  deps.server.route(
    'POST',
    path,
    createWebhookHandler({
      secret,
      log,
      isAccepting: () => accepting,
      claim: (updateId) => deps.store.claimOnce(`telegram:update:${updateId}`, deps.now().getTime()),
      process: (update) => bot.handleUpdate(update),
    }),
  );
  await prepare(deps, bot, apiRoot);
  try {
    await bot.api.setWebhook(url, { secret_token: secret, allowed_updates: ALLOWED_UPDATES });
  } catch (error) {
    if (error instanceof GrammyError && error.error_code === 400) {
      throw new WaymarkError('CONFIG_INVALID', `Telegram refused the webhook URL (setWebhook answered 400: ${error.description})`, 'Set TELEGRAM_WEBHOOK_URL to a public https URL on port 443, 80, 88 or 8443 that reaches this server.', { cause: error });
    }
    throw error;
  }
  accepting = true;
  log.info({ mode: 'webhook', path, bot: bot.botInfo.username }, 'telegram: receiving updates by webhook');
  return {
    name: CHANNEL,
    stop: async () => {
      accepting = false;
      await turns.settled();
    },
  };
}

/** Learns who the bot is (getMe), which also checks the token, and sets the command menus. */
async function prepare(deps: ChannelDeps, bot: Bot, apiRoot: string): Promise<void> {
  try {
    // grammY types signals with its abort-controller shim; Node's AbortSignal is what it gets at run time.
    await bot.init(AbortSignal.timeout(REACH_TIMEOUT_MS) as unknown as Parameters<Bot['init']>[0]);
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
      throw new WaymarkError('CONFIG_INVALID', `Telegram refused the bot token (getMe answered ${error.error_code}: ${error.description})`, 'Set TELEGRAM_BOT_TOKEN to the token from @BotFather, and TELEGRAM_API_ROOT to a Bot API server (or leave it unset).', { cause: error });
    }
    if (error instanceof GrammyError) throw error;
    throw new WaymarkError('CONFIG_INVALID', `the Telegram Bot API at ${apiRoot} could not be reached within ${REACH_TIMEOUT_MS / 1000} s`, 'Check the network and TELEGRAM_API_ROOT.', { cause: error });
  }
  await registerCommands(bot.api, deps.knowledge, deps.log);
}

/**
 * Confirms the updates handled before stop. Telegram forgets an update only when a later getUpdates asks for a
 * higher offset (https://core.telegram.org/bots/api#getupdates); the runner stops without that call, so the last
 * batch would otherwise be delivered, and answered, again after a restart.
 */
async function confirmHandled(bot: Bot, lastUpdateId: number | undefined, log: Logger): Promise<void> {
  if (lastUpdateId === undefined) return;
  try {
    await bot.api.getUpdates({ offset: lastUpdateId + 1, limit: 1, timeout: 0 });
  } catch (error) {
    log.warn({ error: String(error) }, 'telegram: could not confirm the last handled updates; they may be delivered again after a restart');
  }
}
