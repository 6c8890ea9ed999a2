/**
 * A WhatsApp user helped by volunteers who work in Telegram: signed webhooks in, the Graph API stand-in out for
 * the user, the Bot API stand-in for the volunteers' forum topic. A volunteer answering after WhatsApp's 24-hour
 * window closed triggers the configured template, the volunteer is told, and the answer reaches the user when
 * they write again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegram } from '../../../adapters/telegram/index.js';
import { registerWhatsApp } from '../../../adapters/whatsapp/index.js';
import type { ChannelDeps, RunningChannel } from '../../../bot/channel.js';
import { toPayload } from '../../../bot/engine/payload.js';
import { notices } from '../../../bot/handoff/case-text.js';
import { createLogger } from '../../../bot/logger.js';
import { createPseudonymiser } from '../../../bot/pseudonym.js';
import { createHttpServer, type HttpServer } from '../../../bot/server.js';
import { SECRET } from '../../support/engine-harness.js';
import { createHandoffHarness, TEAM_CHAT_ID, testTeams, type HandoffHarness } from '../../support/handoff-fixture.js';
import { startFakeBotApi, TEST_TOKEN, topicMessageUpdate, type FakeBotApi } from '../telegram/fake-bot-api.js';
import { shownText, startGraphApiStandIn, type CapturedRequest, type GraphApiStandIn } from './graph-api-stand-in.js';
import { APP_SECRET, buttonReply, delivery, PHONE_NUMBER_ID, sign, text } from './webhook-deliveries.js';

const PHONE = '358401234567';
const VOLUNTEER = { id: 888002, first_name: 'Mikko' };
const TEMPLATE = { name: 'volunteer_answered', language: 'en' };
const ALWAYS_OPEN = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ['00:00-24:00']]));

let h: HandoffHarness;
let graph: GraphApiStandIn;
let botApi: FakeBotApi;
let server: HttpServer;
let url: string;
let channels: RunningChannel[];

beforeAll(async () => {
  // Real time, so WhatsApp's window is measured against the webhooks' own timestamps; teams always open.
  h = await createHandoffHarness({ now: new Date(), teams: testTeams().map((t) => ({ ...t, hours: ALWAYS_OPEN })) });
  graph = await startGraphApiStandIn();
  botApi = await startFakeBotApi();
  const log = createLogger(process.env['DEBUG_HANDOFF'] ? 'debug' : 'silent');
  server = createHttpServer({ host: '127.0.0.1', port: 0, log });
  const deps: ChannelDeps = { handle: (m) => h.engine.handle(m), pseudonymise: createPseudonymiser(SECRET), server, store: h.store, knowledge: h.knowledge, log, now: () => h.clock.now, handoff: h.desk };
  const whatsapp = registerWhatsApp(deps, { accessToken: 'token', phoneNumberId: PHONE_NUMBER_ID, appSecret: APP_SECRET, verifyToken: 'verify', apiBase: `${graph.url}/v23.0`, handoffTemplate: TEMPLATE });
  const telegram = await startTelegram(deps, { token: TEST_TOKEN, apiRoot: botApi.apiRoot });
  channels = [whatsapp, telegram];
  url = (await server.listen()).replace('localhost', '127.0.0.1');
});
afterAll(async () => {
  for (const c of channels ?? []) await c.stop();
  await server?.close();
  await graph?.close();
  await botApi?.close();
});

const post = async (body: string): Promise<void> => {
  const response = await fetch(`${url}/webhooks/whatsapp`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body) }, body });
  expect(response.status).toBe(200);
};
const say = (message: ReturnType<typeof text>): Promise<void> => post(delivery([{ messages: [message] }]));
const toUser = (requests: readonly CapturedRequest[]): CapturedRequest[] => requests.filter((r) => r.body.to === PHONE);
const t = (key: string, args?: Record<string, string>): string => h.knowledge.strings.format('en', key, args);
const topicPosts = (): string[] => botApi.callsTo('sendMessage').filter((c) => c.payload.chat_id === TEAM_CHAT_ID).map((c) => String(c.payload.text));

describe('a WhatsApp user and volunteers in Telegram', () => {
  it('opens a case for the team without ever showing the phone number', async () => {
    await say(text(PHONE, 'hello'));
    await say(buttonReply(PHONE, toPayload({ kind: 'country', country: 'FI' }), 'Finland'));
    await say(text(PHONE, 'I want to talk to a person'));
    await graph.waitUntil((r) => toUser(r).some((m) => m.body.interactive?.action.buttons?.some((b) => b.reply.id === toPayload({ kind: 'consent', choice: 'yes' })) ?? false));
    await say(buttonReply(PHONE, toPayload({ kind: 'consent', choice: 'name' }), 'Yes, share my name'));
    await graph.waitUntil((r) => toUser(r).some((m) => shownText(m) === t('handoff-connected', { organisation: 'Helsinki Migrant Help' })));
    const summary = await botApi.waitFor('the case summary', () => topicPosts().find((p) => p.includes('New hand-off')));
    expect(summary).toContain('Name (shared by the user): Test User');
    expect(summary).not.toContain(PHONE);
    expect(JSON.stringify(await h.store.listHandoffs())).not.toContain(PHONE);
  });

  it('relays a volunteer’s answer inside the 24-hour window as a normal message', async () => {
    const [created] = botApi.callsTo('createForumTopic');
    const threadId = created?.response.result.message_thread_id as number;
    botApi.pushUpdates(topicMessageUpdate(TEAM_CHAT_ID, threadId, VOLUNTEER, 'Hi, how can we help?'));
    await graph.waitUntil((r) => toUser(r).some((m) => shownText(m) === t('handoff-volunteer-message', { organisation: 'Helsinki Migrant Help', text: 'Hi, how can we help?' })));
    await say(text(PHONE, 'my employer keeps my passport'));
    await botApi.waitFor('the user’s message in the topic', () => topicPosts().find((p) => p.endsWith('my employer keeps my passport')));
  });

  it('after 24 hours sends the template, tells the volunteer, and delivers the answer when the user writes again', async () => {
    const [created] = botApi.callsTo('createForumTopic');
    const threadId = created?.response.result.message_thread_id as number;
    h.clock.now = new Date(h.clock.now.getTime() + 25 * 3600_000);
    const before = graph.requests.length;
    botApi.pushUpdates(topicMessageUpdate(TEAM_CHAT_ID, threadId, VOLUNTEER, 'Sorry for the wait: please call the police about the passport.'));
    await graph.waitUntil((r) => r.slice(before).some((m) => m.body.type === 'template'));
    const sent = graph.requests.slice(before).find((m) => m.body.type === 'template');
    expect(sent?.body).toMatchObject({ to: PHONE, template: { name: 'volunteer_answered', language: { code: 'en' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Helsinki Migrant Help' }] }] } });
    expect(graph.requests.slice(before).some((m) => m.body.type === 'text')).toBe(false);
    await botApi.waitFor('the notice to the volunteer', () => topicPosts().find((p) => p === notices.templateSent));

    const waiting = graph.requests.length;
    // The user writes back a day later (the webhook's timestamp moves with the clock).
    await say({ ...text(PHONE, 'hello, I saw your message'), timestamp: String(Math.floor(h.clock.now.getTime() / 1000)) });
    const expected = t('handoff-volunteer-message', { organisation: 'Helsinki Migrant Help', text: 'Sorry for the wait: please call the police about the passport.' });
    await graph.waitUntil((r) => r.slice(waiting).some((m) => shownText(m) === expected));
    await botApi.waitFor('the user’s message in the topic', () => topicPosts().find((p) => p.endsWith('hello, I saw your message')));
  });
});
