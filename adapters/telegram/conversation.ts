/**
 * The bot's one feature: private messages and button presses go to the engine, its replies come back. Anything
 * else (groups, channels, edits, reactions, ...) is ignored with a debug line, because a conversation about
 * someone's permit or wages belongs in a private chat.
 */
import { Composer, type Context } from 'grammy';
import type { ChannelDeps } from '../../bot/channel.js';
import { sendReplies, settleKeyboard } from './send-replies.js';
import { CHANNEL, toIncoming, toSender } from './to-incoming.js';

/** How many settled keyboards are remembered to recognise a second press that was already on its way. */
const SETTLED_MEMORY = 10_000;

/**
 * Remembers keyboards settled after a press. A double tap delivers two callback queries, each with a snapshot of
 * the message from before the edit, so the second can only be recognised by remembering the first.
 */
function createSettledKeyboards(): { has(key: string): boolean; add(key: string): void } {
  const settled = new Set<string>();
  return {
    has: (key) => settled.has(key),
    add(key) {
      settled.add(key);
      if (settled.size > SETTLED_MEMORY) settled.delete(settled.values().next().value as string);
    },
  };
}

/** The names of an update's payload fields (`message`, `edited_message`, ...), for log lines. */
export function updateTypes(ctx: Context): string[] {
  return Object.keys(ctx.update).filter((k) => k !== 'update_id');
}

export function createConversation(deps: Pick<ChannelDeps, 'handle' | 'pseudonymise' | 'log'>): Composer<Context> {
  const { log } = deps;
  const settled = createSettledKeyboards();
  const composer = new Composer<Context>();
  const chats = composer.chatType('private');

  chats.on('message', async (ctx) => {
    const user = deps.pseudonymise(CHANNEL, String(ctx.chat.id));
    const incoming = toIncoming(ctx.message, user, ctx.from.language_code);
    if (!incoming) {
      log.debug({ updateId: ctx.update.update_id, user }, 'telegram: service message ignored');
      return;
    }
    const result = await deps.handle(incoming);
    await sendReplies(ctx.api, ctx.chat.id, result.replies);
  });

  chats.on('callback_query:data', async (ctx) => {
    const user = deps.pseudonymise(CHANNEL, String(ctx.chat.id));
    const { data, message } = ctx.callbackQuery;
    // Until it is answered, the user's client shows a spinner on the button (https://core.telegram.org/bots/api#answercallbackquery).
    await ctx.answerCallbackQuery().catch((error: unknown) => log.debug({ user, error: String(error) }, 'telegram: could not answer a callback query'));
    if (message) {
      const key = `${ctx.chat.id}:${message.message_id}`;
      if (settled.has(key)) {
        log.debug({ updateId: ctx.update.update_id, user }, 'telegram: second press on a settled keyboard ignored');
        return;
      }
      try {
        await settleKeyboard(ctx.api, message, data);
        settled.add(key);
      } catch (error) {
        log.debug({ user, error: String(error) }, 'telegram: could not settle the pressed keyboard; handling the press anyway');
      }
    }
    const result = await deps.handle({ channel: CHANNEL, user, payload: data, ...(ctx.from.language_code ? { languageHint: ctx.from.language_code } : {}), ...toSender(ctx.chat.id, ctx.from.first_name) });
    await sendReplies(ctx.api, ctx.chat.id, result.replies);
  });

  // A press elsewhere (a game button, a group) still needs an answer, or its button keeps spinning.
  composer.on('callback_query', async (ctx) => {
    await ctx.answerCallbackQuery().catch(() => undefined);
    log.debug({ updateId: ctx.update.update_id }, 'telegram: button press outside a private chat ignored');
  });

  composer.use((ctx) => {
    log.debug({ updateId: ctx.update.update_id, updateTypes: updateTypes(ctx), chatType: ctx.chat?.type }, 'telegram: update ignored');
  });
  return composer;
}
