/**
 * The bot's single error boundary: one precise log line per failed update, and no crash. When the failure was
 * ours rather than Telegram's, the user is told that something went wrong instead of being left with silence.
 */
import { GrammyError, HttpError, type BotError, type Context } from 'grammy';
import type { ChannelDeps } from '../../bot/channel.js';
import { updateTypes } from './conversation.js';
import { CHANNEL } from './to-incoming.js';

/** What an operator can do about a refusal from the Bot API, by its error code. */
const API_HINTS: Record<number, string> = {
  400: 'Telegram refused the request as malformed; the description says which field',
  401: 'the bot token was revoked; set TELEGRAM_BOT_TOKEN to the current token from @BotFather',
  403: 'the user blocked the bot or deleted the chat; nothing to fix',
  409: 'another instance of this bot is polling, or a webhook is set; run one instance per token',
  429: 'Telegram still asked to wait after the automatic retries; the load is above its flood limits',
};

type ErrorBoundaryDeps = Pick<ChannelDeps, 'log' | 'store' | 'knowledge' | 'pseudonymise'>;

export function createErrorHandler(deps: ErrorBoundaryDeps): (error: BotError<Context>) => Promise<void> {
  const { log } = deps;
  return async ({ ctx, error }) => {
    const where = { updateId: ctx.update.update_id, updateTypes: updateTypes(ctx) };
    if (error instanceof GrammyError) {
      const hint = API_HINTS[error.error_code] ?? 'see the description';
      log.error({ ...where, method: error.method, errorCode: error.error_code, description: error.description }, `telegram: ${error.method} failed with ${error.error_code} (${error.description}): ${hint}`);
      return;
    }
    if (error instanceof HttpError) {
      const cause = (error.error as { code?: unknown } | undefined)?.code;
      log.error({ ...where, cause }, `telegram: ${error.message} ${cause ? `(${String(cause)}) ` : ''}the Bot API could not be reached; check the network and TELEGRAM_API_ROOT`);
      return;
    }
    log.error({ ...where, err: error }, `telegram: handling an update failed: ${error instanceof Error ? error.message : String(error)}`);
    await apologise(deps, ctx);
  };
}

/** Tells a private chat, in its language, that something went wrong; never throws. */
async function apologise(deps: ErrorBoundaryDeps, ctx: Context): Promise<void> {
  if (ctx.chat?.type !== 'private') return;
  try {
    const user = deps.pseudonymise(CHANNEL, String(ctx.chat.id));
    const hinted = ctx.from?.language_code?.toLowerCase().split(/[-_]/)[0];
    const stored = (await deps.store.getUser(user))?.language;
    const language = [stored, hinted].find((code) => code !== undefined && deps.knowledge.language(code)?.classifier) ?? 'en';
    await ctx.api.sendMessage(ctx.chat.id, deps.knowledge.strings.format(language, 'error-internal'));
  } catch (error) {
    deps.log.debug({ updateId: ctx.update.update_id, error: String(error) }, 'telegram: could not tell the user about the failure');
  }
}
