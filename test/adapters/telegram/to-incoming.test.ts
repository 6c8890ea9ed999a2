import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { toCommandText, toIncoming, toMediaKind } from '../../../adapters/telegram/to-incoming.js';

const message = (fields: Record<string, unknown>): Message => ({ message_id: 1, date: 1, chat: { id: 7, type: 'private', first_name: 'T' }, ...fields }) as Message;

describe('Telegram messages as the engine sees them', () => {
  it('passes text with the pseudonym and the language hint, and the chat id and first name only as the address and name a hand-off may need', () => {
    expect(toIncoming(message({ text: 'hello' }), 'pseudo', 'fa')).toEqual({ channel: 'telegram', user: 'pseudo', text: 'hello', languageHint: 'fa', address: '7' });
    expect(toIncoming(message({ text: 'hello', from: { id: 7, is_bot: false, first_name: 'Amal' } }), 'pseudo', undefined)).toEqual({ channel: 'telegram', user: 'pseudo', text: 'hello', address: '7', displayName: 'Amal' });
  });

  it('names the kind of each message the bot cannot read', () => {
    const file = { file_id: 'f', file_unique_id: 'u' };
    expect(toMediaKind(message({ voice: { ...file, duration: 1 } }))).toBe('voice');
    expect(toMediaKind(message({ audio: { ...file, duration: 1 } }))).toBe('voice');
    expect(toMediaKind(message({ photo: [{ ...file, width: 1, height: 1 }] }))).toBe('photo');
    expect(toMediaKind(message({ sticker: { ...file, type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } }))).toBe('sticker');
    expect(toMediaKind(message({ animation: { ...file, width: 1, height: 1, duration: 1 }, document: file }))).toBe('video');
    expect(toMediaKind(message({ video_note: { ...file, length: 1, duration: 1 } }))).toBe('video');
    expect(toMediaKind(message({ document: file }))).toBe('document');
    expect(toMediaKind(message({ location: { latitude: 1, longitude: 2 } }))).toBe('location');
    expect(toMediaKind(message({ contact: { phone_number: '+000', first_name: 'A' } }))).toBe('other');
  });

  it('gives a service message nothing to answer', () => {
    expect(toIncoming(message({ pinned_message: { message_id: 2, date: 0, chat: { id: 7, type: 'private', first_name: 'T' } } }), 'pseudo', undefined)).toBeUndefined();
  });

  it('drops the parameter of a /start deep link and keeps other commands as they are', () => {
    expect(toCommandText('/start campaign-42')).toBe('/start');
    expect(toCommandText('/start')).toBe('/start');
    expect(toCommandText('/help me')).toBe('/help me');
  });
});
