/**
 * Volunteers working in a Telegram forum supergroup: each hand-off is a forum topic the bot opens, posts the
 * case summary and the user's messages to, and closes. A volunteer's message in a case's topic goes to the user
 * (signed with the organisation, never the volunteer); `/close [note]` ends it. Topics are matched to hand-offs
 * by the stored chat and topic ids only.
 *
 * The bot must be an administrator of the group with "Manage topics", which also lets it read every message
 * (https://core.telegram.org/bots/features#privacy-mode).
 */
import { Composer, type Api, type Context } from 'grammy';
import type { Message } from 'grammy/types';
import type { HandoffDesk } from '../../bot/handoff/desk.js';
import { notices } from '../../bot/handoff/case-text.js';
import type { TeamDesk, ThreadRef, UserChannel, Volunteer } from '../../bot/handoff/ports.js';
import type { Logger } from '../../bot/logger.js';
import { sendReplies } from './send-replies.js';
import { TEXT_LIMIT } from './render.js';

const CLOSE = /^\/close(?:@\w+)?(?:\s+([\s\S]*))?$/i;
const CLAIM = /^\/claim(?:@\w+)?\s*$/i;

const NOT_A_CASE = 'This topic is not a Waymark hand-off, so nothing here reaches a user.';
const TEXT_ONLY = 'Only text can be passed on to the user. Please write your message.';

/** Posts and topics in a team's forum group. */
export function createTelegramTeamDesk(api: Api): TeamDesk {
  const post = async (thread: ThreadRef, text: string): Promise<void> => {
    await api.sendMessage(thread.chatId, text.slice(0, TEXT_LIMIT), { message_thread_id: thread.threadId, link_preview_options: { is_disabled: true } });
  };
  return {
    async openCase(team, title, summary) {
      const chatId = team.telegram_chat_id as number;
      const topic = await api.createForumTopic(chatId, title);
      const thread = { chatId, threadId: topic.message_thread_id };
      await post(thread, summary);
      return thread;
    },
    post,
    async closeCase(thread) {
      await api.closeForumTopic(thread.chatId, thread.threadId);
    },
  };
}

/** Sends volunteers' answers to users who chat with the bot on Telegram (the address is the private chat id). */
export function createTelegramUserChannel(api: Api, log: Logger): UserChannel {
  return {
    async deliver({ address }, replies) {
      try {
        await sendReplies(api, Number(address), replies);
        return 'delivered';
      } catch (error) {
        log.warn({ error: String(error) }, 'telegram: a volunteer’s answer could not be delivered to the user (blocked the bot, or the Bot API failed)');
        return 'failed';
      }
    },
  };
}

const volunteerOf = (message: Message): Volunteer | undefined =>
  message.from && !message.from.is_bot
    ? { id: `telegram:${message.from.id}`, name: `${message.from.first_name}${message.from.username ? ` (@${message.from.username})` : ''}` }
    : undefined;

/** Handles messages in the teams' forum groups; everything else passes on to the next middleware. */
export function createVolunteerRoom(desk: HandoffDesk, teamChats: ReadonlySet<number>, log: Logger): Composer<Context> {
  const composer = new Composer<Context>();
  composer.chatType(['group', 'supergroup']).on('message', async (ctx, next) => {
    if (!teamChats.has(ctx.chat.id)) return next();
    const message = ctx.message;
    const volunteer = volunteerOf(message);
    const threadId = message.is_topic_message ? message.message_thread_id : undefined;
    if (!volunteer || threadId === undefined) return;
    const say = (text: string): Promise<unknown> => ctx.api.sendMessage(ctx.chat.id, text, { message_thread_id: threadId });
    const handoff = await desk.byThread({ chatId: ctx.chat.id, threadId });
    if (!handoff) {
      if (message.text !== undefined) await say(NOT_A_CASE);
      return;
    }
    if (message.text === undefined) {
      if (!message.forum_topic_created && !message.forum_topic_closed) await say(TEXT_ONLY);
      return;
    }
    const close = CLOSE.exec(message.text);
    if (close) {
      if (!(await desk.close(handoff.id, volunteer, close[1]))) await say(notices.closedAlready);
      return;
    }
    if (CLAIM.test(message.text)) {
      const claimed = await desk.claim(handoff.id, volunteer);
      await say(claimed ? `Claimed by ${claimed.volunteer?.name ?? volunteer.name}.` : notices.closedAlready);
      return;
    }
    const outcome = await desk.reply(handoff.id, volunteer, message.text, `telegram:team:${ctx.chat.id}:${message.message_id}`);
    if (outcome === 'closed') await say(notices.closedAlready);
    log.debug({ handoff: handoff.id, outcome }, 'telegram: volunteer message handled');
  });
  return composer;
}
