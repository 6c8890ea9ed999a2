import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPayload } from '../../../bot/engine/payload.js';
import { menuLanguages } from '../../../adapters/telegram/commands.js';
import { callbackUpdate, messageUpdate, textUpdate } from './fake-bot-api.js';
import { FAILING_TEXT, startTelegramFixture, type TelegramFixture } from './telegram-fixture.js';

let f: TelegramFixture;

beforeAll(async () => {
  f = await startTelegramFixture();
});
afterAll(async () => {
  await f?.stop();
});

describe('the Telegram channel by long polling', () => {
  it('takes a conversation from /start through a question to a curated answer after a country button', async () => {
    const chat = 1001;
    f.api.pushUpdates(textUpdate(chat, '/start'));
    await f.api.waitFor('the country question', () => f.api.sentTo(chat).find((c) => c.payload.text === f.t('en', 'ask-country')));
    const [welcome, ask] = f.api.sentTo(chat);
    expect(welcome?.payload.text).toBe(f.t('en', 'welcome'));
    expect(ask?.payload.reply_markup.inline_keyboard.flat().map((b: { callback_data: string }) => b.callback_data)).toContain(toPayload({ kind: 'country', country: 'IT' }));

    f.api.pushUpdates(textUpdate(chat, 'how do i get a codice fiscale'));
    const asked = await f.api.waitFor('the country question again', () => f.api.sentTo(chat).filter((c) => c.payload.text === f.t('en', 'ask-country'))[1]);
    const keyboardMessage = asked.response.result;

    const [pressId] = f.api.pushUpdates(callbackUpdate(chat, toPayload({ kind: 'country', country: 'IT' }), keyboardMessage));
    const summary = f.harness.knowledge.answer('tax-number', 'IT')?.texts.en?.summary.trim().slice(0, 40) ?? '∅';
    await f.api.waitFor('the curated answer', () => f.api.sentTo(chat).find((c) => String(c.payload.text).includes(summary)));

    const query = f.api.calls.find((c) => c.method === 'getUpdates' && c.response.result?.some((u: { update_id: number }) => u.update_id === pressId))?.response.result[0].callback_query;
    expect(f.api.callsTo('answerCallbackQuery').map((c) => c.payload.callback_query_id)).toContain(query.id);
    const edit = f.api.callsTo('editMessageText').find((c) => c.payload.message_id === keyboardMessage.message_id);
    expect(edit?.payload.chat_id).toBe(chat);
    expect(edit?.payload.text).toBe(`${f.t('en', 'ask-country')}\n\n✓ ${f.t('en', 'country-IT')}`);
    expect(edit?.payload.reply_markup).toBeUndefined();
  });

  it('passes the sender’s language_code to the engine as the language hint', async () => {
    const chat = 1002;
    f.api.pushUpdates(textUpdate(chat, '/start', 'uk'));
    await f.api.waitFor('the Ukrainian welcome', () => f.api.sentTo(chat).find((c) => c.payload.text === f.t('uk', 'welcome')));
    expect(f.handled.find((m) => m.text === '/start' && m.languageHint === 'uk')).toBeDefined();
  });

  it('retries a reply refused with 429 after retry_after seconds, and then delivers it', async () => {
    const chat = 1003;
    f.api.failNext('sendMessage', 429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }, (p) => p.chat_id === chat);
    f.api.pushUpdates(textUpdate(chat, '/help'));
    const delivered = await f.api.waitFor('the help text', () => f.api.sentTo(chat).find((c) => c.payload.text === f.t('en', 'help')));
    const refused = f.api.calls.find((c) => c.method === 'sendMessage' && c.payload.chat_id === chat && c.response.error_code === 429);
    expect(refused?.payload.text).toBe(f.t('en', 'help'));
    expect(delivered.at - (refused?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(f.api.sentTo(chat)).toHaveLength(1);
  });

  it('answers several rapid messages of one chat in the order they were sent', async () => {
    const chat = 1004;
    const texts = ['/help', '/country', '/language', '/help', '/country'];
    f.api.pushUpdates(...texts.map((text) => textUpdate(chat, text)));
    const expected = [f.t('en', 'help'), f.t('en', 'ask-country'), f.t('en', 'ask-language'), f.t('en', 'help'), f.t('en', 'ask-country')];
    await f.api.waitFor('five replies', () => f.api.sentTo(chat).length >= expected.length);
    expect(f.api.sentTo(chat).map((c) => c.payload.text)).toEqual(expected);
  });

  it('answers a voice note with the engine’s kind reply about media', async () => {
    const chat = 1005;
    f.api.pushUpdates(messageUpdate(chat, { voice: { file_id: 'voice-1', file_unique_id: 'v1', duration: 3, mime_type: 'audio/ogg' } }));
    const reply = await f.api.waitFor('the media reply', () => f.api.sentTo(chat)[0]);
    expect(reply.payload.text).toBe(f.t('en', 'unsupported-media', { kind: 'voice' }));
    expect(f.handled.find((m) => m.media === 'voice')).toBeDefined();
  });

  it('registers the command menu in English by default and in every conversation language Telegram can name', () => {
    const calls = f.api.callsTo('setMyCommands');
    expect(calls.map((c) => c.payload.language_code ?? 'default').sort()).toEqual(['default', ...menuLanguages(f.harness.knowledge)].sort());
    const menu = (language: string | undefined): Array<{ command: string; description: string }> => calls.find((c) => c.payload.language_code === language)?.payload.commands;
    expect(menu(undefined)).toEqual(['start', 'help', 'language', 'country', 'human', 'bot', 'forget'].map((command) => ({ command, description: f.t('en', `command-${command}`) })));
    expect(menu('ar')?.find((c) => c.command === 'forget')?.description).toBe(f.t('ar', 'command-forget'));
    expect(menu('uk')?.find((c) => c.command === 'human')?.description).toBe(f.t('uk', 'command-human'));
    expect(calls.length).toBeGreaterThanOrEqual(10);
  });

  it('ignores group messages and update types it does not handle, with a debug line, and keeps answering', async () => {
    const chat = 1006;
    f.api.pushUpdates(
      { edited_message: textUpdate(chat, 'edited').message },
      { message: { ...textUpdate(-5000, 'hello group').message, chat: { id: -5000, type: 'group', title: 'A group' } } },
      textUpdate(chat, '/help'),
    );
    await f.api.waitFor('the help text', () => f.api.sentTo(chat)[0]);
    expect(f.api.sentTo(chat)).toHaveLength(1);
    expect(f.api.sentTo(-5000)).toHaveLength(0);
    expect(f.logs.filter((l) => l.includes('telegram: update ignored') && l.includes('"level":20'))).toHaveLength(2);
  });

  it('logs a failed turn in one precise line, tells the user, and keeps answering', async () => {
    const chat = 1007;
    f.api.pushUpdates(textUpdate(chat, FAILING_TEXT));
    await f.api.waitFor('the apology', () => f.api.sentTo(chat)[0]);
    expect(f.api.sentTo(chat)[0]?.payload.text).toBe(f.t('en', 'error-internal'));
    expect(f.logs.filter((l) => l.includes('telegram: handling an update failed: the store is not writable (test)'))).toHaveLength(1);

    f.api.failNext('sendMessage', 403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }, (p) => p.chat_id === chat);
    f.api.pushUpdates(textUpdate(chat, '/help'));
    await f.api.waitFor('the refusal log line', () => f.logs.find((l) => l.includes('telegram: sendMessage failed with 403 (Forbidden: bot was blocked by the user)')));
    f.api.pushUpdates(textUpdate(chat, '/help'));
    await f.api.waitFor('the help text', () => f.api.sentTo(chat)[1]);
  });

  it('never logs the chat id or the message text above debug level', () => {
    const aboveDebug = f.logs.filter((l) => !l.includes('"level":20') && !l.includes('"level":10')).join('');
    expect(aboveDebug).not.toContain('codice fiscale');
    expect(aboveDebug).not.toMatch(/\b100[1-7]\b/);
    expect(aboveDebug).not.toContain(FAILING_TEXT);
    expect(f.logs.join('')).not.toContain('TEST-not-a-real-token');
  });
});

describe('stopping the Telegram channel', () => {
  it('finishes the turn in flight and confirms its update before resolving', async () => {
    const slow = await startTelegramFixture({ engineDelayMs: 400 });
    try {
      const chat = 2001;
      const [id] = slow.api.pushUpdates(textUpdate(chat, '/help'));
      await slow.api.waitFor('the engine to receive the message', () => slow.handled.length > 0);
      await slow.channel.stop();
      expect(slow.api.sentTo(chat).map((c) => c.payload.text)).toEqual([slow.t('en', 'help')]);
      expect(slow.api.callsTo('getUpdates').at(-1)?.payload).toMatchObject({ offset: (id ?? 0) + 1, timeout: 0 });
    } finally {
      await slow.server.close();
      await slow.api.close();
    }
  });
});
