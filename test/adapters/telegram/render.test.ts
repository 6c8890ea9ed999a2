import { describe, expect, it } from 'vitest';
import { CALLBACK_DATA_LIMIT, splitText, TEXT_LIMIT, toInlineKeyboard } from '../../../adapters/telegram/render.js';

const paragraph = (letter: string, length: number): string => letter.repeat(length);

describe('splitting long replies', () => {
  it('leaves a text within Telegram’s limit whole', () => {
    expect(splitText('Where to go:\n\nAny office.')).toEqual(['Where to go:\n\nAny office.']);
  });

  it('splits a text over 4096 characters at paragraph boundaries, keeping every paragraph whole', () => {
    const paragraphs = [paragraph('a', 1500), paragraph('b', 1500), paragraph('c', 1500), paragraph('d', 1500)];
    const chunks = splitText(paragraphs.join('\n\n'));
    expect(chunks).toEqual([`${paragraphs[0]}\n\n${paragraphs[1]}`, `${paragraphs[2]}\n\n${paragraphs[3]}`]);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(TEXT_LIMIT);
  });

  it('splits a single paragraph longer than the limit at line breaks, then at spaces', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `${i} ${'word '.repeat(10)}`.trim());
    const chunks = splitText(lines.join('\n'), 500);
    expect(chunks.every((c) => c.length <= 500)).toBe(true);
    expect(chunks.join('\n')).toBe(lines.join('\n'));
    const words = splitText('word '.repeat(2000).trim(), 1000);
    expect(words.every((c) => c.length <= 1000 && !c.startsWith(' ') && !c.endsWith(' '))).toBe(true);
  });

  it('cuts a word longer than the limit without splitting an emoji', () => {
    const chunks = splitText(`a${'😀'.repeat(10)}`, 4);
    expect(chunks.join('')).toBe(`a${'😀'.repeat(10)}`);
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(chunks.every((c) => c.length <= 4 && !loneSurrogate.test(c))).toBe(true);
  });
});

describe('buttons as an inline keyboard', () => {
  it('puts the engine payload in callback_data and short labels two to a row', () => {
    const keyboard = toInlineKeyboard([
      { label: 'Yes', payload: '1:f:y:tax-number' },
      { label: 'No', payload: '1:f:n:tax-number' },
      { label: 'Menu', payload: '1:m' },
    ]);
    expect(keyboard.inline_keyboard).toEqual([
      [{ text: 'Yes', callback_data: '1:f:y:tax-number' }, { text: 'No', callback_data: '1:f:n:tax-number' }],
      [{ text: 'Menu', callback_data: '1:m' }],
    ]);
  });

  it('puts long labels one to a row', () => {
    const keyboard = toInlineKeyboard([
      { label: 'Find an organisation', payload: '1:t:find-cso' },
      { label: 'Yes', payload: '1:h' },
    ]);
    expect(keyboard.inline_keyboard).toHaveLength(2);
  });

  it('refuses a payload over 64 bytes, naming the button and the limit', () => {
    expect(() => toInlineKeyboard([{ label: 'Too long', payload: `1:t:${'x'.repeat(CALLBACK_DATA_LIMIT)}` }])).toThrow(/"Too long".*64 bytes/);
  });
});
