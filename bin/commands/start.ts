/**
 * `waymark start` (and `npm start`): the HTTP server with the web chat and every configured channel. With no
 * channel credentials, the web chat alone runs on localhost, so the bot can be tried with no accounts.
 */
import { createApp } from '../../bot/app.js';
import type { Config } from '../../bot/config.js';
import type { Logger } from '../../bot/logger.js';
import { createHttpServer } from '../../bot/server.js';
import { registerWebChat } from '../../adapters/web/web-chat.js';
import { registerBotFramework } from '../../adapters/botframework/index.js';
import { registerWhatsApp } from '../../adapters/whatsapp/index.js';
import { startTelegram } from '../../adapters/telegram/index.js';
import type { ChannelDeps, RunningChannel } from '../../bot/channel.js';
import type { Progress } from '../../intents/load-classifier.js';
import { openFileStore } from '../../bot/store/lowdb-store.js';
import { pruneExpiredNeeds } from '../../bot/needs/retention.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { registerConsole } from '../../adapters/console/index.js';
import { loadNeedCategories } from '../../bot/needs/categories.js';

export interface Running {
  url: string;
  stop(): Promise<void>;
}

/** @param storeFile where the store lives; defaults to `<DATA_DIR>/store.json`. */
export async function startServer(root: string, config: Config, log: Logger, onProgress?: Progress, storeFile?: string): Promise<Running> {
  const store = storeFile ? await openFileStore(storeFile) : undefined;
  const app = await createApp({ root, config, log, ...(onProgress ? { onProgress } : {}), ...(store ? { store } : {}) });
  const server = createHttpServer({ host: config.host, port: config.port, log });
  server.route('GET', '/healthz', async () => ({ status: 200, body: { ok: true } }));
  if (config.webChat) {
    registerWebChat({
      server,
      handle: app.handle,
      pseudonymise: app.pseudonymise,
      log,
      labels: (requested) => {
        const language = app.knowledge.language(requested)?.classifier ? requested : 'en';
        const t = (key: string): string => app.knowledge.strings.format(language, key);
        return { language, direction: app.knowledge.language(language)?.direction ?? 'ltr', input: t('web-input'), send: t('web-send'), reset: t('web-reset') };
      },
    });
  }
  const deps: ChannelDeps = {
    handle: app.handle,
    pseudonymise: app.pseudonymise,
    server,
    store: app.store,
    knowledge: app.knowledge,
    log,
    now: () => new Date(),
    ...(app.handoff ? { handoff: app.handoff } : {}),
  };
  const channels: RunningChannel[] = [];
  if (config.telegram) channels.push(await startTelegram(deps, config.telegram));
  if (config.whatsapp) channels.push(registerWhatsApp(deps, config.whatsapp));
  if (config.botframework) channels.push(registerBotFramework(deps, config.botframework));
  // The coordinators' console is served only once an operator has created accounts for it.
  const accountsFile = join(config.dataDir, 'console-accounts.json');
  if (existsSync(accountsFile)) {
    registerConsole({
      server,
      store: app.store,
      knowledge: app.knowledge,
      log,
      now: () => new Date(),
      embed: app.embed,
      accountsFile,
      categories: loadNeedCategories(root),
      ...(app.handoff ? { handoff: app.handoff } : {}),
    });
  }
  const handoff = app.handoff;
  if (handoff) {
    const unreachable = handoff.teams.filter((t) => t.desk === 'telegram' && !config.telegram).map((t) => t.id);
    if (unreachable.length) log.warn({ teams: unreachable }, 'handoff: these teams work in Telegram but TELEGRAM_BOT_TOKEN is not set; hand-offs routed to them fail');
    log.info({ teams: handoff.teams.length }, 'hand-off to volunteers enabled');
  }
  // Unanswered hand-offs time out and idle ones close; checked every minute.
  const sweep = handoff ? setInterval(() => void handoff.sweep().catch((error: unknown) => log.error({ err: String(error) }, 'handoff: sweep failed')), 60_000) : undefined;
  sweep?.unref();
  const prune = async (): Promise<void> => {
    const { deleted, handoffs, before } = await pruneExpiredNeeds(app.store, { now: () => new Date(), months: config.needsRetentionMonths });
    if (deleted || handoffs) log.info({ deleted, handoffs, before }, 'unmet-needs records and closed hand-offs past the retention period deleted');
  };
  await prune();
  const daily = setInterval(() => void prune().catch((error: unknown) => log.error({ err: String(error) }, 'retention run failed')), 24 * 3600 * 1000);
  daily.unref();
  const url = await server.listen();
  log.info({ url, webChat: config.webChat, channels: channels.map((c) => c.name) }, config.webChat ? `Waymark is running. Open the web chat: ${url}/` : `Waymark is running at ${url}`);
  return {
    url,
    stop: async () => {
      clearInterval(daily);
      if (sweep) clearInterval(sweep);
      await Promise.all(channels.map((c) => c.stop()));
      await server.close();
      await app.close();
    },
  };
}
