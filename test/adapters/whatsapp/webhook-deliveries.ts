/**
 * Webhook deliveries shaped like Meta's examples (messages webhook reference), and the signature Meta puts on
 * them. https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages
 */
import { createHmac } from 'node:crypto';

export const PHONE_NUMBER_ID = '106540352242922';
export const APP_SECRET = 'test-app-secret-not-a-real-one';

let counter = 0;
/** A fresh message id; real ones look like `wamid.HBgLMTY1…`. */
export const messageId = (): string => `wamid.TEST${(++counter).toString().padStart(6, '0')}${Date.now().toString(36)}`;

const nowSeconds = (): string => String(Math.floor(Date.now() / 1000));

export type Message = Record<string, unknown> & { from: string; id: string };

export const text = (from: string, body: string, id = messageId()): Message => ({ from, id, timestamp: nowSeconds(), type: 'text', text: { body } });

export const buttonReply = (from: string, payload: string, title = 'Yes'): Message => ({
  context: { from: '15550783881', id: 'wamid.ORIGINAL' },
  from,
  id: messageId(),
  timestamp: nowSeconds(),
  type: 'interactive',
  interactive: { type: 'button_reply', button_reply: { id: payload, title } },
});

export const listReply = (from: string, payload: string, title = 'Italy'): Message => ({
  context: { from: '15550783881', id: 'wamid.ORIGINAL' },
  from,
  id: messageId(),
  timestamp: nowSeconds(),
  type: 'interactive',
  interactive: { type: 'list_reply', list_reply: { id: payload, title, description: '' } },
});

export const image = (from: string): Message => ({
  from,
  id: messageId(),
  timestamp: nowSeconds(),
  type: 'image',
  image: { caption: 'my permit', mime_type: 'image/jpeg', sha256: 'c2hhMjU2', id: '1003383421387256' },
});

export const voice = (from: string): Message => ({
  from,
  id: messageId(),
  timestamp: nowSeconds(),
  type: 'audio',
  audio: { mime_type: 'audio/ogg; codecs=opus', sha256: 'c2hhMjU2', id: '1003383421387257', voice: true },
});

export interface Change {
  messages?: Message[];
  statuses?: unknown[];
  phoneNumberId?: string;
}

const value = (change: Change): Record<string, unknown> => ({
  messaging_product: 'whatsapp',
  metadata: { display_phone_number: '15550783881', phone_number_id: change.phoneNumberId ?? PHONE_NUMBER_ID },
  ...(change.messages ? { contacts: change.messages.map((m) => ({ profile: { name: 'Test User' }, wa_id: m.from })), messages: change.messages } : {}),
  ...(change.statuses ? { statuses: change.statuses } : {}),
});

/** A delivery with one entry per element of `entries`, each holding the given changes. */
export const delivery = (...entries: Change[][]): string =>
  JSON.stringify({
    object: 'whatsapp_business_account',
    entry: entries.map((changes) => ({ id: '102290129340398', changes: changes.map((c) => ({ value: value(c), field: 'messages' })) })),
  });

export const status = (recipient: string, state: 'sent' | 'delivered' | 'read' | 'failed', code?: number): unknown => ({
  id: messageId(),
  status: state,
  timestamp: nowSeconds(),
  recipient_id: recipient,
  ...(code
    ? { errors: [{ code, title: 'Message undeliverable', message: 'Message undeliverable', error_data: { details: 'Message could not be delivered' }, href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/' }] }
    : { pricing: { billable: true, pricing_model: 'PMP', category: 'service' } }),
});

export const sign = (body: string | Buffer, secret = APP_SECRET): string => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
