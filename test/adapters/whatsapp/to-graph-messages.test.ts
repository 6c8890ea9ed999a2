import { describe, expect, it } from 'vitest';
import { splitTail, splitText } from '../../../adapters/whatsapp/split-text.js';
import { toGraphMessages, type ReplyMessage } from '../../../adapters/whatsapp/to-graph-messages.js';
import type { Button, Reply } from '../../../bot/engine/types.js';

const reply = (text: string, buttons?: Button[]): Reply => ({ text, language: 'en', direction: 'ltr', ...(buttons ? { buttons } : {}) });
const buttons = (n: number): Button[] => Array.from({ length: n }, (_, i) => ({ label: `Choice ${i + 1}`, payload: `1:t:topic-${i + 1}` }));
const paragraph = (n: number, words: number): string => Array.from({ length: words }, (_, i) => `p${n}w${i}`).join(' ');
const bodyOf = (m: ReplyMessage): string => (m.type === 'text' ? m.text.body : m.interactive.body.text);
const idsOf = (m: ReplyMessage): string[] =>
  m.type === 'text' ? [] : m.interactive.type === 'button' ? m.interactive.action.buttons.map((b) => b.reply.id) : m.interactive.action.sections.flatMap((s) => s.rows.map((r) => r.id));

describe('a reply without buttons', () => {
  it('is one text message addressed to the user', () => {
    expect(toGraphMessages(reply('Hello'), '15550001', 'Menu')).toEqual([
      { messaging_product: 'whatsapp', recipient_type: 'individual', to: '15550001', type: 'text', text: { body: 'Hello', preview_url: false } },
    ]);
  });

  it('is split at paragraph boundaries into texts under 4096 characters, losing nothing', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => paragraph(i, 80));
    const messages = toGraphMessages(reply(paragraphs.join('\n\n')), '15550001', 'Menu');
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.every((m) => m.type === 'text' && bodyOf(m).length <= 4096)).toBe(true);
    expect(messages.map(bodyOf).join('\n\n')).toBe(paragraphs.join('\n\n'));
  });
});

describe('a reply with buttons', () => {
  it('with 1 to 3 buttons becomes reply buttons with titles of at most 20 characters', () => {
    const [message] = toGraphMessages(reply('Did this help?', [{ label: 'Yes', payload: '1:f:y:tax-number' }, { label: 'A label that is far too long', payload: '1:f:n:tax-number' }]), '15550001', 'Menu');
    expect(message?.type === 'interactive' && message.interactive.type).toBe('button');
    if (message?.type !== 'interactive' || message.interactive.type !== 'button') return;
    expect(message.interactive.body.text).toBe('Did this help?');
    expect(message.interactive.action.buttons).toEqual([
      { type: 'reply', reply: { id: '1:f:y:tax-number', title: 'Yes' } },
      { type: 'reply', reply: { id: '1:f:n:tax-number', title: 'A label that is far…' } },
    ]);
    expect([...(message.interactive.action.buttons[1]?.reply.title ?? '')].length).toBe(20);
  });

  it('with 4 to 10 buttons becomes one list message opened by the given label', () => {
    const messages = toGraphMessages(reply('Which one?', buttons(10)), '15550001', 'Menu');
    expect(messages).toHaveLength(1);
    const [list] = messages;
    expect(list?.type === 'interactive' && list.interactive.type === 'list' && list.interactive.action.button).toBe('Menu');
    expect(idsOf(list as ReplyMessage)).toEqual(buttons(10).map((b) => b.payload));
  });

  it('with more than 10 buttons becomes lists of even size that keep every choice in order', () => {
    const eleven = toGraphMessages(reply('Which one?', buttons(11)), '15550001', 'Menu');
    expect(eleven.map((m) => idsOf(m).length)).toEqual([6, 5]);
    const twenty = toGraphMessages(reply('Which one?', buttons(20)), '15550001', 'Menu');
    expect(twenty.map((m) => idsOf(m).length)).toEqual([10, 10]);
    expect(twenty.flatMap(idsOf)).toEqual(buttons(20).map((b) => b.payload));
    expect(twenty.every((m) => bodyOf(m) === 'Which one?')).toBe(true);
  });

  it('with a text over 1024 characters sends the text first and keeps its last paragraph above the buttons', () => {
    const head = [paragraph(1, 150), paragraph(2, 150)].join('\n\n');
    const messages = toGraphMessages(reply(`${head}\n\nDid this help?`, buttons(2)), '15550001', 'Menu');
    expect(messages.map((m) => m.type)).toEqual(['text', 'interactive']);
    expect(bodyOf(messages[0] as ReplyMessage)).toBe(head);
    expect(bodyOf(messages[1] as ReplyMessage)).toBe('Did this help?');
  });
});

describe('splitting text', () => {
  it('falls back to line breaks, then spaces, then a hard cut that never splits an emoji', () => {
    expect(splitText('aaaa\nbbbb', 6)).toEqual(['aaaa', 'bbbb']);
    expect(splitText('aaaa bbbb', 6)).toEqual(['aaaa', 'bbbb']);
    const pieces = splitText('😀😀😀😀', 3);
    expect(pieces.join('')).toBe('😀😀😀😀');
    expect(pieces.every((p) => p.length <= 3 && !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
  });

  it('takes the last paragraph as the tail, or the longest ending from a line break when it is too long', () => {
    expect(splitTail('one\n\ntwo\n\nthree', 11)).toEqual({ head: 'one\n\ntwo', tail: 'three' });
    expect(splitTail('one\n\ntwo\nthree four', 14)).toEqual({ head: 'one', tail: 'two\nthree four' });
    expect(splitTail('one\n\ntwo\nthree four', 12)).toEqual({ head: 'one\n\ntwo', tail: 'three four' });
    expect(splitTail('one\n\ntwo three four', 10)).toEqual({ head: 'one\n\ntwo', tail: 'three four' });
    expect(splitTail('short', 10)).toEqual({ head: '', tail: 'short' });
  });
});
