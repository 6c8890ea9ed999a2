/**
 * The whole hand-off through the Bot API stand-in: a Telegram user asks for a person and agrees, a forum topic
 * opens in the volunteers' supergroup with the case summary, a volunteer answers there, the user receives it
 * signed by the organisation, the user's answer appears in the topic, and /close returns the user to the bot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPayload } from '../../../bot/engine/payload.js';
import { createHandoffHarness, TEAM_CHAT_ID } from '../../support/handoff-fixture.js';
import { callbackUpdate, textUpdate, topicMessageUpdate, type ApiCall } from './fake-bot-api.js';
import { startTelegramFixture, type TelegramFixture } from './telegram-fixture.js';

let f: TelegramFixture;
const USER_CHAT = 3003;
const AMINA = { id: 777001, first_name: 'Amina', username: 'amina_helps' };

beforeAll(async () => {
  f = await startTelegramFixture({ handoff: await createHandoffHarness() });
});
afterAll(async () => {
  await f?.stop();
});

const toTeam = (threadId: number): ApiCall[] => f.api.callsTo('sendMessage').filter((c) => c.payload.chat_id === TEAM_CHAT_ID && c.payload.message_thread_id === threadId);
const pressIn = async (chat: number, payload: string, what: string): Promise<void> => {
  const withButton = await f.api.waitFor(what, () => [...f.api.sentTo(chat)].reverse().find((c) => JSON.stringify(c.payload.reply_markup ?? {}).includes(payload)));
  f.api.pushUpdates(callbackUpdate(chat, payload, withButton.response.result));
};

describe('hand-off to volunteers in a Telegram forum group', () => {
  let threadId: number;

  it('opens a forum topic named by pseudonym, language, country and topic once the user agrees', async () => {
    f.api.pushUpdates(textUpdate(USER_CHAT, '/start'));
    await pressIn(USER_CHAT, toPayload({ kind: 'country', country: 'FI' }), 'the country buttons');
    f.api.pushUpdates(textUpdate(USER_CHAT, 'my boss did not pay my salary for two months'));
    await f.api.waitFor('the answer', () => f.api.sentTo(USER_CHAT).find((c) => c.payload.text === f.t('en', 'feedback-question')));
    f.api.pushUpdates(textUpdate(USER_CHAT, '/human'));
    await pressIn(USER_CHAT, toPayload({ kind: 'consent', choice: 'yes' }), 'the consent question');
    await f.api.waitFor('the connected message', () => f.api.sentTo(USER_CHAT).find((c) => c.payload.text === f.t('en', 'handoff-connected', { organisation: 'Helsinki Migrant Help' })));

    const [created] = f.api.callsTo('createForumTopic');
    expect(created?.payload.chat_id).toBe(TEAM_CHAT_ID);
    const record = await f.harness.store.listHandoffs();
    expect(created?.payload.name).toBe(`${record[0]?.alias} · en · FI · unpaid-wages`);
    threadId = created?.response.result.message_thread_id;
    const summary = String(toTeam(threadId)[0]?.payload.text);
    expect(summary).toContain('Topic: unpaid-wages');
    expect(summary).toContain('> my boss did not pay my salary for two months');
    expect(summary).toContain('Name: not shared');
    // Neither the chat id nor the account name reaches the volunteers.
    expect(summary).not.toContain(String(USER_CHAT));
    expect(summary).not.toContain('Test');
  });

  it('passes the user’s messages into the topic, and the volunteer’s answer to the user signed by the organisation', async () => {
    f.api.pushUpdates(textUpdate(USER_CHAT, 'he says he will pay next month but he said that before'));
    await f.api.waitFor('the user’s message in the topic', () => toTeam(threadId).find((c) => String(c.payload.text).endsWith('he says he will pay next month but he said that before')));

    f.api.pushUpdates(topicMessageUpdate(TEAM_CHAT_ID, threadId, AMINA, 'Hello, I am from the wage desk. Do you have payslips?', 61001));
    const expected = f.t('en', 'handoff-volunteer-message', { organisation: 'Helsinki Migrant Help', text: 'Hello, I am from the wage desk. Do you have payslips?' });
    await f.api.waitFor('the volunteer’s answer in the user’s chat', () => f.api.sentTo(USER_CHAT).find((c) => c.payload.text === expected));
    expect(JSON.stringify(f.api.sentTo(USER_CHAT))).not.toContain('Amina');

    f.api.pushUpdates(textUpdate(USER_CHAT, 'yes I have three payslips'));
    await f.api.waitFor('the user’s reply in the topic', () => toTeam(threadId).find((c) => String(c.payload.text).endsWith('yes I have three payslips')));
    const handoff = (await f.harness.store.listHandoffs())[0];
    expect(handoff).toMatchObject({ status: 'active', volunteer: { id: 'telegram:777001' } });
  });

  it('delivers a volunteer message once even when Telegram delivers the update twice', async () => {
    const before = f.api.sentTo(USER_CHAT).length;
    f.api.pushUpdates(topicMessageUpdate(TEAM_CHAT_ID, threadId, AMINA, 'Please send a photo of them to nobody else.', 61002), topicMessageUpdate(TEAM_CHAT_ID, threadId, AMINA, 'Please send a photo of them to nobody else.', 61002));
    await f.api.waitFor('the answer', () => f.api.sentTo(USER_CHAT).length > before);
    await new Promise((r) => setTimeout(r, 300));
    expect(f.api.sentTo(USER_CHAT).filter((c) => String(c.payload.text).includes('Please send a photo')).length).toBe(1);
  });

  it('ends with /close: the user is told and returned to the bot, the topic closed, the note logged de-identified', async () => {
    f.api.pushUpdates(topicMessageUpdate(TEAM_CHAT_ID, threadId, AMINA, '/close needed a lawyer to claim the wages in court', 61003));
    await f.api.waitFor('the closing message', () => f.api.sentTo(USER_CHAT).find((c) => c.payload.text === f.t('en', 'handoff-closed', { organisation: 'Helsinki Migrant Help' })));
    await f.api.waitFor('the topic closed', () => f.api.callsTo('closeForumTopic').find((c) => c.payload.message_thread_id === threadId));
    const needs = await f.harness.store.listUnmetNeeds();
    expect(needs.find((n) => n.reason === 'handoff-note')).toMatchObject({ question: 'needed a lawyer to claim the wages in court', channel: 'telegram', country: 'FI' });
    const closed = (await f.harness.store.listHandoffs())[0];
    expect(closed?.events.map((e) => e.type)).toEqual(['requested', 'consented', 'routed', 'user-message', 'claimed', 'replied', 'user-message', 'replied', 'closed']);
    expect(closed?.address).toBeUndefined();

    // A message written in the topic after the close reaches no one; the volunteer is told.
    f.api.pushUpdates(topicMessageUpdate(TEAM_CHAT_ID, threadId, AMINA, 'One more thing!', 61004));
    await f.api.waitFor('the closed notice', () => toTeam(threadId).find((c) => String(c.payload.text).startsWith('This hand-off is closed')));
    expect(f.api.sentTo(USER_CHAT).some((c) => String(c.payload.text).includes('One more thing'))).toBe(false);

    // The bot answers the user again.
    const before = f.api.sentTo(USER_CHAT).length;
    f.api.pushUpdates(textUpdate(USER_CHAT, 'my boss did not pay my salary'));
    await f.api.waitFor('the bot’s answer', () => f.api.sentTo(USER_CHAT).slice(before).find((c) => c.payload.text === f.t('en', 'feedback-question')));
  });

  it('ignores messages in groups that are not a team’s', async () => {
    const before = f.api.callsTo('sendMessage').length;
    f.api.pushUpdates(topicMessageUpdate(-100999, 5, AMINA, 'hello'));
    await new Promise((r) => setTimeout(r, 300));
    expect(f.api.callsTo('sendMessage').length).toBe(before);
  });
});
