/**
 * Replies as Telegram can carry them: texts cut under the message limit at paragraph boundaries, and buttons as
 * inline keyboards whose `callback_data` is the engine's payload.
 */
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Button } from '../../bot/engine/types.js';

/** sendMessage's `text` is 1-4096 characters (https://core.telegram.org/bots/api#sendmessage). */
export const TEXT_LIMIT = 4096;
/** An inline button's `callback_data` is 1-64 bytes (https://core.telegram.org/bots/api#inlinekeyboardbutton). */
export const CALLBACK_DATA_LIMIT = 64;
/** Labels up to this many characters sit two to a row on a phone without being cut. */
const TWO_PER_ROW_LABEL = 14;

/** Paragraphs first, then lines, then words; a single word longer than the limit is cut. */
const SEPARATORS = ['\n\n', '\n', ' '];

/**
 * Splits a text into messages of at most `limit` UTF-16 units (the unit Telegram counts in), breaking at the
 * largest boundary that fits, so an answer's sections stay whole whenever they can.
 */
export function splitText(text: string, limit = TEXT_LIMIT): string[] {
  return splitAt(text.trim(), limit, 0)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0);
}

function splitAt(text: string, limit: number, level: number): string[] {
  if (text.length <= limit) return [text];
  const separator = SEPARATORS[level];
  if (separator === undefined) return cut(text, limit);
  const chunks: string[] = [];
  let current = '';
  for (const part of text.split(separator)) {
    const joined = current ? `${current}${separator}${part}` : part;
    if (joined.length <= limit) {
      current = joined;
      continue;
    }
    if (current) chunks.push(current);
    const pieces = part.length <= limit ? [part] : splitAt(part, limit, level + 1);
    chunks.push(...pieces.slice(0, -1));
    current = pieces.at(-1) ?? '';
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Cuts every `limit` units, never between the two halves of a surrogate pair (an emoji, a rare letter). */
function cut(text: string, limit: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const end = /[\uD800-\uDBFF]/.test(rest.charAt(limit - 1)) ? limit - 1 : limit;
    chunks.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  return [...chunks, rest];
}

/**
 * An inline keyboard with one callback button per engine button. Throws when a payload exceeds Telegram's
 * 64 bytes: Telegram would refuse the whole message with a bare `BUTTON_DATA_INVALID`.
 */
export function toInlineKeyboard(buttons: readonly Button[]): InlineKeyboardMarkup {
  for (const button of buttons) {
    const bytes = Buffer.byteLength(button.payload, 'utf8');
    if (bytes > CALLBACK_DATA_LIMIT) {
      throw new Error(`button "${button.label}" has a ${bytes}-byte payload "${button.payload}"; Telegram's callback_data allows ${CALLBACK_DATA_LIMIT} bytes (shorten it in bot/engine/payload.ts)`);
    }
  }
  const perRow = buttons.every((b) => [...b.label].length <= TWO_PER_ROW_LABEL) ? 2 : 1;
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += perRow) rows.push(buttons.slice(i, i + perRow));
  return { inline_keyboard: rows.map((row) => row.map((b) => ({ text: b.label, callback_data: b.payload }))) };
}
