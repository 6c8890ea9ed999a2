/**
 * Turns one engine {@link Reply} into the request bodies of the Cloud API's `POST /<phone-number-id>/messages`,
 * within WhatsApp's limits: text bodies up to 4096 characters, interactive bodies up to 1024, reply buttons
 * (at most 3, titles up to 20 characters) and list messages (at most 10 rows, row titles up to 24 characters).
 * Request shapes: https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/
 * (text-messages, interactive-reply-buttons-messages, interactive-list-messages).
 */
import type { Button, Reply } from '../../bot/engine/types.js';
import { splitTail, splitText } from './split-text.js';

export const MAX_TEXT_BODY = 4096;
export const MAX_INTERACTIVE_BODY = 1024;
export const MAX_REPLY_BUTTONS = 3;
export const MAX_BUTTON_TITLE = 20;
export const MAX_LIST_ROWS = 10;
export const MAX_ROW_TITLE = 24;
/** The label of the button that opens a list. */
export const MAX_LIST_BUTTON = 20;

interface Recipient {
  messaging_product: 'whatsapp';
  recipient_type: 'individual';
  /** The user's WhatsApp id (phone number), as the webhook's `from` gave it. */
  to: string;
}

export interface TextBody extends Recipient {
  type: 'text';
  text: { body: string; preview_url: boolean };
}

export interface ButtonsBody extends Recipient {
  type: 'interactive';
  interactive: {
    type: 'button';
    body: { text: string };
    action: { buttons: Array<{ type: 'reply'; reply: { id: string; title: string } }> };
  };
}

export interface ListBody extends Recipient {
  type: 'interactive';
  interactive: {
    type: 'list';
    body: { text: string };
    action: { button: string; sections: Array<{ rows: Array<{ id: string; title: string }> }> };
  };
}

/** An approved template (the only kind of message allowed after the 24-hour window), with body parameters. */
export interface TemplateBody extends Recipient {
  type: 'template';
  template: { name: string; language: { code: string }; components: Array<{ type: 'body'; parameters: Array<{ type: 'text'; text: string }> }> };
}

/** The messages a reply becomes. */
export type ReplyMessage = TextBody | ButtonsBody | ListBody;
export type GraphMessage = ReplyMessage | TemplateBody;

/** A template message whose body has the given parameters ({{1}}, {{2}}, ... in the template). */
export function toTemplateMessage(to: string, template: { name: string; language: string }, parameters: readonly string[]): TemplateBody {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'template',
    template: { name: template.name, language: { code: template.language }, components: [{ type: 'body', parameters: parameters.map((text) => ({ type: 'text', text })) }] },
  };
}

/** Shortens to `max` characters (not code units), marking the cut; labels are checked to fit, this is a guard. */
function fit(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** Splits rows into as few lists as needed, of even sizes (11 → 6 + 5 rather than 10 + 1). */
function toRowGroups(buttons: readonly Button[]): Button[][] {
  const groups = Math.ceil(buttons.length / MAX_LIST_ROWS);
  const size = Math.ceil(buttons.length / groups);
  const result: Button[][] = [];
  for (let i = 0; i < buttons.length; i += size) result.push(buttons.slice(i, i + size));
  return result;
}

/**
 * The messages for one reply, in the order they must be sent.
 * - No buttons: the text, split at paragraph boundaries into bodies of at most 4096 characters.
 * - 1-3 buttons: reply buttons under the text.
 * - 4-10 buttons: a list message whose rows are the buttons.
 * - More than 10: several list messages with the same body, so every choice stays reachable (the engine's
 *   language choice has 20; a "menu" row in place of the rest would hide half of them).
 * A text too long for an interactive body is sent first as plain text, and the buttons carry its last
 * paragraph, so they still sit under the question they answer.
 *
 * @param listButton label of the button that opens a list, in the reply's language (at most 20 characters).
 */
export function toGraphMessages(reply: Reply, to: string, listButton: string): ReplyMessage[] {
  const recipient: Recipient = { messaging_product: 'whatsapp', recipient_type: 'individual', to };
  const text = (body: string): TextBody => ({ ...recipient, type: 'text', text: { body, preview_url: false } });
  const buttons = reply.buttons ?? [];
  if (buttons.length === 0) return splitText(reply.text, MAX_TEXT_BODY).map(text);

  const { head, tail } = splitTail(reply.text, MAX_INTERACTIVE_BODY);
  const body = { text: tail || fit(listButton, MAX_INTERACTIVE_BODY) };
  const messages: ReplyMessage[] = splitText(head, MAX_TEXT_BODY).map(text);
  if (buttons.length <= MAX_REPLY_BUTTONS) {
    messages.push({
      ...recipient,
      type: 'interactive',
      interactive: {
        type: 'button',
        body,
        action: { buttons: buttons.map((b) => ({ type: 'reply', reply: { id: b.payload, title: fit(b.label, MAX_BUTTON_TITLE) } })) },
      },
    });
    return messages;
  }
  for (const group of toRowGroups(buttons)) {
    messages.push({
      ...recipient,
      type: 'interactive',
      interactive: {
        type: 'list',
        body,
        action: {
          button: fit(listButton, MAX_LIST_BUTTON),
          sections: [{ rows: group.map((b) => ({ id: b.payload, title: fit(b.label, MAX_ROW_TITLE) })) }],
        },
      },
    });
  }
  return messages;
}
