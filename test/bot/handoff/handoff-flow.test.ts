/**
 * The hand-off through the real engine and desk, for a team working in the web inbox: consent, routing, relaying
 * both ways, safety during a hand-off, going back to the bot, closing with a note, timeouts and idleness with a
 * fake clock, WhatsApp-style held replies, and erasure. Telegram and WhatsApp run end to end in their own tests.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { toPayload } from '../../../bot/engine/payload.js';
import type { TurnResult } from '../../../bot/engine/types.js';
import type { DeliveryOutcome } from '../../../bot/handoff/ports.js';
import type { HandoffRecord } from '../../../bot/store/handoff-record.js';
import { createHandoffHarness, IDLE_MS, REPLY_TIMEOUT_MS, type HandoffHarness } from '../../support/handoff-fixture.js';

const VOLUNTEER = { id: 'console:vera', name: 'vera' };
const ADDRESS = { address: 'chat-4242', displayName: 'Olena' };
const consent = (choice: 'yes' | 'name' | 'no'): string => toPayload({ kind: 'consent', choice });
const asksConsent = (result: TurnResult): boolean => result.replies.some((r) => r.buttons?.some((b) => b.payload === consent('yes')));

let h: HandoffHarness;
let delivered: Array<{ user: string; address: string; text: string }>;
let outcome: DeliveryOutcome;

beforeEach(async () => {
  h = await createHandoffHarness();
  delivered = [];
  outcome = 'delivered';
  h.desk.attachUserChannel('test', {
    deliver: async ({ user, address }, replies) => {
      if (outcome !== 'delivered') return outcome;
      for (const r of replies) delivered.push({ user, address, text: r.text });
      return 'delivered';
    },
  });
});

const t = (language: string, key: string, args?: Record<string, string>): string => h.knowledge.strings.format(language, key, args);

/** A Ukrainian speaker in Finland who asked one question, then asked for a person. */
async function askForPerson(user: string, country = 'FI', language = 'uk'): Promise<HandoffRecord> {
  await h.press(user, toPayload({ kind: 'language', language }), ADDRESS);
  await h.press(user, toPayload({ kind: 'country', country }), ADDRESS);
  await h.send(user, language === 'uk' ? 'роботодавець не виплатив мені зарплату за два місяці' : 'il datore di lavoro non mi ha pagato lo stipendio', ADDRESS);
  const asked = await h.send(user, '/human', ADDRESS);
  expect(asksConsent(asked)).toBe(true);
  const id = (await h.store.getUser(user))?.handoff;
  expect(id).toBeDefined();
  return (await h.desk.get(id as string)) as HandoffRecord;
}

describe('consent', () => {
  it('says what volunteers will see and from which organisations, before anything is shared', async () => {
    await h.press('u1', toPayload({ kind: 'language', language: 'en' }), ADDRESS);
    await h.press('u1', toPayload({ kind: 'country', country: 'FI' }), ADDRESS);
    const asked = await h.send('u1', '/human', ADDRESS);
    const text = h.text(asked);
    expect(text).toBe(t('en', 'handoff-consent', { organisations: 'Helsinki Migrant Help, Turku Welcome Desk' }));
    expect(text).toContain('will not see your phone number');
    expect(asked.replies[0]?.buttons?.map((b) => b.payload)).toEqual([consent('yes'), consent('name'), consent('no')]);
    const pending = await h.desk.get((await h.store.getUser('u1'))?.handoff as string);
    expect(pending).toMatchObject({ status: 'consent', reason: 'asked' });
    expect(pending?.address).toBeUndefined();
    expect(pending?.messages).toEqual([]);
  });

  it('shares nothing when the user says no, and lists organisations instead', async () => {
    const pending = await askForPerson('u2');
    const declined = await h.press('u2', consent('no'), ADDRESS);
    expect(h.text(declined)).toContain(t('uk', 'handoff-declined'));
    const record = await h.desk.get(pending.id);
    expect(record).toMatchObject({ status: 'closed', outcome: 'declined' });
    expect(record?.user).toBeUndefined();
    expect(record?.events.map((e) => e.type)).toEqual(['requested', 'declined']);
    expect(await h.desk.queue(['fi-turku'])).toEqual([]);
  });

  it('routes by country and language once the user agrees, sealing the address and sharing the name only if chosen', async () => {
    const pending = await askForPerson('u3');
    const connected = await h.press('u3', consent('yes'), ADDRESS);
    expect(h.text(connected)).toBe(t('uk', 'handoff-connected', { organisation: 'Turku Welcome Desk' }));
    const record = (await h.desk.get(pending.id)) as HandoffRecord;
    expect(record).toMatchObject({ status: 'waiting', team: 'fi-turku', language: 'uk', country: 'FI', topic: 'unpaid-wages', priority: false });
    expect(record.address).toBeDefined();
    expect(record.address).not.toContain('4242');
    expect(record.displayName).toBeUndefined();
    expect(record.events.map((e) => e.type)).toEqual(['requested', 'consented', 'routed']);
    // The volunteers see the recent question and a summary with the classification.
    expect(record.messages.some((m) => m.from === 'user' && m.text.includes('зарплату'))).toBe(true);
    expect(record.messages.find((m) => m.from === 'system')?.text).toContain('Topic: unpaid-wages');
    expect(JSON.stringify(record)).not.toContain('Olena');

    const named = await askForPerson('u4');
    await h.press('u4', consent('name'), ADDRESS);
    expect((await h.desk.get(named.id))?.displayName).toBe('Olena');
  });

  it('asks for the country first when it is not known, then asks for consent', async () => {
    await h.press('u5', toPayload({ kind: 'language', language: 'en' }), ADDRESS);
    const first = await h.send('u5', '/human', ADDRESS);
    expect(h.text(first)).toContain(t('en', 'handoff-country-first'));
    const then = await h.press('u5', toPayload({ kind: 'country', country: 'FI' }), ADDRESS);
    expect(asksConsent(then)).toBe(true);
  });

  it('offers no hand-off where no team works, records the need and lists organisations', async () => {
    await h.press('u6', toPayload({ kind: 'language', language: 'en' }), ADDRESS);
    await h.press('u6', toPayload({ kind: 'country', country: 'GR' }), ADDRESS);
    const reply = await h.send('u6', '/human', ADDRESS);
    expect(h.text(reply)).toContain(t('en', 'handoff-no-team'));
    expect((await h.store.listUnmetNeeds()).map((n) => n.reason)).toContain('handoff-no-team');
  });

  it('lists organisations on a channel that cannot reach the user later', async () => {
    await h.press('u7', toPayload({ kind: 'country', country: 'FI' }));
    const reply = await h.send('u7', '/human');
    expect(h.text(reply)).toContain(t('en', 'handoff-unavailable'));
  });

  it('asks for consent on its own after two questions in a row the bot cannot answer', async () => {
    await h.press('u8', toPayload({ kind: 'language', language: 'en' }), ADDRESS);
    await h.press('u8', toPayload({ kind: 'country', country: 'FI' }), ADDRESS);
    const first = await h.send('u8', 'where can I find a good pizza restaurant', ADDRESS);
    expect(first.topic).toBe('none');
    expect(asksConsent(first)).toBe(false);
    const second = await h.send('u8', 'what is the best football team in europe', ADDRESS);
    expect(second.topic).toBe('none');
    expect(asksConsent(second)).toBe(true);
    expect((await h.desk.get((await h.store.getUser('u8'))?.handoff as string))?.reason).toBe('none-twice');
  });
});

describe('an open hand-off', () => {
  async function connected(user: string): Promise<HandoffRecord> {
    const pending = await askForPerson(user);
    await h.press(user, consent('yes'), ADDRESS);
    return pending;
  }

  it('passes the user’s messages on with the bot quiet, and the volunteer’s answers back signed by the organisation', async () => {
    const { id } = await connected('v1');
    const quiet = await h.send('v1', 'мій роботодавець каже, що заплатить наступного місяця', ADDRESS);
    expect(quiet.replies).toEqual([]);
    expect((await h.desk.get(id))?.messages.at(-1)).toMatchObject({ from: 'user', text: 'мій роботодавець каже, що заплатить наступного місяця' });

    expect(await h.desk.reply(id, VOLUNTEER, 'Вітаю! Чи є у вас письмовий договір?')).toBe('delivered');
    expect(delivered).toEqual([{ user: 'v1', address: 'chat-4242', text: t('uk', 'handoff-volunteer-message', { organisation: 'Turku Welcome Desk', text: 'Вітаю! Чи є у вас письмовий договір?' }) }]);
    expect(delivered[0]?.text).not.toContain('vera');
    const record = await h.desk.get(id);
    expect(record).toMatchObject({ status: 'active', volunteer: VOLUNTEER });
    expect(record?.events.map((e) => e.type)).toEqual(['requested', 'consented', 'routed', 'user-message', 'claimed', 'replied']);
  });

  it('still gives emergency numbers first, and marks the hand-off urgent', async () => {
    const { id } = await connected('v2');
    const reply = await h.send('v2', 'help he is hitting me, I am in danger right now', ADDRESS);
    expect(reply.topic).toBe('emergency');
    expect(h.text(reply)).toContain('112');
    expect((await h.desk.get(id))?.priority).toBe(true);
    expect((await h.desk.queue(['fi-turku']))[0]?.id).toBe(id);
  });

  it('tells a user who sends a photo that volunteers cannot see it', async () => {
    await connected('v3');
    const reply = await h.engine.handle({ channel: 'test', user: 'v3', media: 'photo', ...ADDRESS });
    expect(h.text(reply)).toBe(t('uk', 'handoff-media'));
  });

  it('returns the user to the bot on /bot, closes the hand-off and keeps only its events', async () => {
    const { id } = await connected('v4');
    await h.desk.reply(id, VOLUNTEER, 'Добрий день');
    const back = await h.send('v4', '/bot', ADDRESS);
    expect(h.text(back)).toContain(t('uk', 'handoff-ended'));
    const record = await h.desk.get(id);
    expect(record).toMatchObject({ status: 'closed', outcome: 'returned-to-bot' });
    expect(record?.user).toBeUndefined();
    expect(record?.address).toBeUndefined();
    expect(record?.messages).toEqual([]);
    expect(await h.store.getUser('v4')).toMatchObject({ lastTeam: 'fi-turku', lastVolunteer: 'console:vera' });
    expect((await h.store.getUser('v4'))?.handoff).toBeUndefined();
    // A late answer is not delivered, and the bot answers again.
    expect(await h.desk.reply(id, VOLUNTEER, 'Ще одне питання?')).toBe('closed');
    expect(delivered).toHaveLength(1);
    expect((await h.send('v4', 'роботодавець не виплатив мені зарплату', ADDRESS)).topic).toBe('unpaid-wages');
  });

  it('keeps both when the user writes while a volunteer’s answer is still being delivered', async () => {
    const { id } = await connected('v9');
    h.desk.attachUserChannel('test', {
      deliver: async ({ user, address }, replies) => {
        await new Promise((r) => setTimeout(r, 100));
        for (const r of replies) delivered.push({ user, address, text: r.text });
        return 'delivered';
      },
    });
    const answer = h.desk.reply(id, VOLUNTEER, 'Чи є у вас договір?');
    await new Promise((r) => setTimeout(r, 10));
    await Promise.all([answer, h.send('v9', 'так, є договір', ADDRESS)]);
    const record = await h.desk.get(id);
    expect(record?.events.map((e) => e.type)).toEqual(['requested', 'consented', 'routed', 'claimed', 'replied', 'user-message']);
    expect(record?.messages.map((m) => m.from).slice(-2)).toEqual(['volunteer', 'user']);
  });

  it('ignores a repeated delivery of the same volunteer message', async () => {
    const { id } = await connected('v5');
    expect(await h.desk.reply(id, VOLUNTEER, 'Привіт', 'telegram:team:1:77')).toBe('delivered');
    expect(await h.desk.reply(id, VOLUNTEER, 'Привіт', 'telegram:team:1:77')).toBe('duplicate');
    expect(delivered).toHaveLength(1);
  });

  it('closes with a volunteer’s note: the user is told and the need recorded without personal data', async () => {
    const { id } = await connected('v6');
    await h.desk.reply(id, VOLUNTEER, 'Добрий день');
    expect(await h.desk.close(id, VOLUNTEER, 'Needed a lawyer for a wage claim; call her on +358 40 123 4567')).toBe(true);
    expect(delivered.at(-1)?.text).toBe(t('uk', 'handoff-closed', { organisation: 'Turku Welcome Desk' }));
    const need = (await h.store.listUnmetNeeds()).find((n) => n.reason === 'handoff-note');
    expect(need).toMatchObject({ country: 'FI', language: 'uk', channel: 'test', topic: 'unpaid-wages' });
    expect(need?.question).toContain('lawyer for a wage claim');
    expect(need?.question).not.toContain('123 4567');
    expect(await h.desk.close(id, VOLUNTEER)).toBe(false);
    expect((await h.send('v6', 'дякую', ADDRESS)).replies.length).toBeGreaterThan(0);
  });

  it('holds answers while the channel’s reply window is closed and gives them with the user’s next message', async () => {
    const { id } = await connected('v7');
    outcome = 'template-sent';
    expect(await h.desk.reply(id, VOLUNTEER, 'Відповідь після 24 годин')).toBe('template-sent');
    expect((await h.desk.get(id))?.events.map((e) => e.type)).toContain('template-sent');
    outcome = 'delivered';
    const next = await h.send('v7', 'так, я тут', ADDRESS);
    expect(h.text(next)).toBe(t('uk', 'handoff-volunteer-message', { organisation: 'Turku Welcome Desk', text: 'Відповідь після 24 годин' }));
    expect((await h.desk.get(id))?.pending).toEqual([]);
  });

  it('erases the conversation when the user deletes their data during a hand-off', async () => {
    const { id } = await connected('v8');
    const gone = await h.send('v8', '/forget', ADDRESS);
    expect(h.text(gone)).toContain(t('uk', 'forget-done'));
    expect(await h.store.getUser('v8')).toBeUndefined();
    const record = await h.desk.get(id);
    expect(record).toMatchObject({ status: 'closed', outcome: 'forgotten', messages: [], pending: [] });
    expect(record?.user).toBeUndefined();
  });
});

describe('time: queues, timeouts and idleness (fake clock)', () => {
  it('tells the user when a closed team opens, and times out honestly an hour after it opened', async () => {
    const pending = await askForPerson('w1', 'IT', 'it');
    const queued = await h.press('w1', consent('yes'), ADDRESS);
    expect(h.text(queued)).toContain('Milano Aiuto Lavoro');
    expect(h.text(queued)).toMatch(/sabato/i);
    const record = (await h.desk.get(pending.id)) as HandoffRecord;
    expect(record.deadline).toBe(new Date(Date.parse('2026-11-28T09:00:00Z') + REPLY_TIMEOUT_MS).toISOString());

    h.clock.now = new Date('2026-11-28T09:59:00Z');
    await h.desk.sweep();
    expect((await h.desk.get(pending.id))?.status).toBe('waiting');
    h.clock.now = new Date('2026-11-28T10:01:00Z');
    await h.desk.sweep();
    expect(await h.desk.get(pending.id)).toMatchObject({ status: 'closed', outcome: 'timed-out' });
    expect(delivered.at(-1)?.text).toContain(t('it', 'handoff-timeout', { organisation: 'Milano Aiuto Lavoro' }));
    const need = (await h.store.listUnmetNeeds()).find((n) => n.reason === 'handoff-timeout');
    expect(need).toMatchObject({ country: 'IT', language: 'it', at: '2026-11-28T10:00:00.000Z' });
    expect(need?.question).toContain('stipendio');
    // The user is back with the bot.
    expect((await h.send('w1', 'il datore di lavoro non mi ha pagato', ADDRESS)).topic).toBe('unpaid-wages');
  });

  it('deletes closed hand-offs (their events) after the retention period, never open ones', async () => {
    const closed = await askForPerson('w5');
    await h.press('w5', consent('no'), ADDRESS);
    const open = await askForPerson('w6');
    await h.press('w6', consent('yes'), ADDRESS);
    const { pruneExpiredNeeds } = await import('../../../bot/needs/retention.js');
    h.clock.now = new Date('2027-12-01T00:00:00Z');
    const pruned = await pruneExpiredNeeds(h.store, { now: () => h.clock.now, months: 12 });
    expect(pruned.handoffs).toBe(1);
    expect(await h.desk.get(closed.id)).toBeUndefined();
    expect((await h.desk.get(open.id))?.status).toBe('waiting');
  });

  it('closes a hand-off after a long silence and tells the user', async () => {
    const pending = await askForPerson('w2');
    await h.press('w2', consent('yes'), ADDRESS);
    await h.desk.reply(pending.id, VOLUNTEER, 'Добрий день');
    h.clock.now = new Date(h.clock.now.getTime() + IDLE_MS - 60_000);
    await h.desk.sweep();
    expect((await h.desk.get(pending.id))?.status).toBe('active');
    h.clock.now = new Date(h.clock.now.getTime() + 120_000);
    await h.desk.sweep();
    expect(await h.desk.get(pending.id)).toMatchObject({ status: 'closed', outcome: 'idle' });
    expect(delivered.at(-1)?.text).toBe(t('uk', 'handoff-idle', { organisation: 'Turku Welcome Desk' }));
  });

  it('sends a returning user to the same team, naming the volunteer who helped before', async () => {
    const first = await askForPerson('w3', 'FI', 'en');
    await h.press('w3', consent('yes'), ADDRESS);
    expect((await h.desk.get(first.id))?.team).toBe('fi-helsinki');
    // Helsinki works in Telegram; without the Telegram channel the hand-off cannot open there.
    expect(await h.desk.get(first.id)).toMatchObject({ status: 'closed', outcome: 'no-team' });

    const second = await askForPerson('w4', 'FI', 'uk');
    await h.press('w4', consent('yes'), ADDRESS);
    await h.desk.reply(second.id, VOLUNTEER, 'Добрий день');
    await h.send('w4', '/bot', ADDRESS);
    await h.send('w4', '/human', ADDRESS);
    await h.press('w4', consent('yes'), ADDRESS);
    const again = await h.desk.get((await h.store.getUser('w4'))?.handoff as string);
    expect(again).toMatchObject({ team: 'fi-turku', status: 'waiting' });
    expect(again?.messages.find((m) => m.from === 'system')?.text).toContain('vera helped this person last time');
  });
});
