/**
 * Outgoing messages: the engine's replies in order, and the edit that settles a keyboard once one of its buttons
 * was pressed, so no stale menu invites a second press.
 */
import type { Api } from 'grammy';
import type { MaybeInaccessibleMessage } from 'grammy/types';
import type { Reply } from '../../bot/engine/types.js';
import { splitText, TEXT_LIMIT, toInlineKeyboard } from './render.js';

/** Put before the chosen button's label under the question it answered. */
const CHOSEN = '✓';

/**
 * Answers carry official links; a preview of the first one would push the rest of the answer off the screen.
 */
const NO_PREVIEW = { link_preview_options: { is_disabled: true } };

/** Sends every reply in order; a long reply becomes several messages, and its buttons go under the last one. */
export async function sendReplies(api: Api, chatId: number, replies: readonly Reply[]): Promise<void> {
  for (const reply of replies) {
    const chunks = splitText(reply.text);
    for (const [i, chunk] of chunks.entries()) {
      const keyboard = i === chunks.length - 1 && reply.buttons?.length ? { reply_markup: toInlineKeyboard(reply.buttons) } : {};
      await api.sendMessage(chatId, chunk, { ...NO_PREVIEW, ...keyboard });
    }
  }
}

/**
 * Replaces the keyboard of the message whose button was pressed by the chosen label under its text; when the
 * text is unknown (a message Telegram reports as inaccessible) or would grow too long, only removes the keyboard.
 * Editing a message's text without `reply_markup` removes its inline keyboard
 * (https://core.telegram.org/bots/api#editmessagetext).
 */
export async function settleKeyboard(api: Api, message: MaybeInaccessibleMessage, data: string): Promise<void> {
  const accessible = message.date !== 0 ? message : undefined;
  const label = accessible?.reply_markup?.inline_keyboard.flat().find((b) => 'callback_data' in b && b.callback_data === data)?.text;
  const marked = accessible?.text && label ? `${accessible.text}\n\n${CHOSEN} ${label}` : undefined;
  if (marked && marked.length <= TEXT_LIMIT) await api.editMessageText(message.chat.id, message.message_id, marked, NO_PREVIEW);
  else await api.editMessageReplyMarkup(message.chat.id, message.message_id);
}
