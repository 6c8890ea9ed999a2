import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerWhatsApp } from '../../../adapters/whatsapp/index.js';
import type { RunningChannel } from '../../../bot/channel.js';
import { toPayload } from '../../../bot/engine/payload.js';
import { createLogger } from '../../../bot/logger.js';
import { createPseudonymiser } from '../../../bot/pseudonym.js';
import { createHttpServer, type HttpServer } from '../../../bot/server.js';
import { openFileStore, openMemoryStore } from '../../../bot/store/lowdb-store.js';
import type { Store } from '../../../bot/store/types.js';
import { createHarness, SECRET, type Harness } from '../../support/engine-harness.js';
import { choiceIds, shownText, startGraphApiStandIn, type CapturedRequest, type GraphApiStandIn } from './graph-api-stand-in.js';
import { APP_SECRET, buttonReply, delivery, image, listReply, PHONE_NUMBER_ID, sign, status, text, voice } from './webhook-deliveries.js';

const ACCESS_TOKEN = 'test-access-token-not-a-real-one';
const VERIFY_TOKEN = 'test-verify-token';
const pseudonymise = createPseudonymiser(SECRET);

let harness: Harness;
let graph: GraphApiStandIn;
let tmp: string;
const lines: string[] = [];

interface Running {
  url: string;
  channel: RunningChannel;
  server: HttpServer;
  store: Store;
}
let running: Running | undefined;

async function start(store?: Store): Promise<Running> {
  const sink = new Writable({ write: (chunk, _enc, cb) => (lines.push(String(chunk)), cb()) });
  const log = createLogger('debug', sink as never);
  const server = createHttpServer({ host: '127.0.0.1', port: 0, log });
  const theStore = store ?? (await openMemoryStore());
  const channel = registerWhatsApp(
    { handle: (m) => harness.engine.handle(m), pseudonymise, server, store: theStore, knowledge: harness.knowledge, log, now: () => new Date() },
    { accessToken: ACCESS_TOKEN, phoneNumberId: PHONE_NUMBER_ID, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, apiBase: `${graph.url}/v23.0` },
  );
  const url = (await server.listen()).replace('localhost', '127.0.0.1');
  running = { url, channel, server, store: theStore };
  return running;
}

/** Waits for every acknowledged message to be handled and answered, then closes the server. */
async function finish(): Promise<void> {
  if (!running) return;
  await running.channel.stop();
  await running.server.close();
  running = undefined;
}

const post = (body: string | Buffer, headers: Record<string, string> = { 'x-hub-signature-256': sign(body) }): Promise<Response> =>
  fetch(`${running?.url}/webhooks/whatsapp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });

const t = (key: string, args?: Record<string, string>): string => harness.knowledge.strings.format('en', key, args);
const to = (phone: string) => (requests: readonly CapturedRequest[]) => requests.filter((r) => r.body.to === phone);

beforeAll(async () => {
  harness = await createHarness();
  graph = await startGraphApiStandIn();
  tmp = mkdtempSync(join(tmpdir(), 'waymark-whatsapp-'));
});
afterEach(async () => {
  await finish();
  graph.reset();
});
afterAll(async () => {
  await graph?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('the webhook subscription handshake', () => {
  it('answers Meta’s verification request with the challenge as plain text', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('1158201444');
  });

  it('refuses a wrong verify token or another mode with 403', async () => {
    const { url } = await start();
    expect((await fetch(`${url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1`)).status).toBe(403);
    expect((await fetch(`${url}/webhooks/whatsapp?hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`)).status).toBe(403);
    expect((await fetch(`${url}/webhooks/whatsapp`)).status).toBe(403);
  });
});

describe('a signed text message', () => {
  it('is acknowledged with 200 and answered through the phone number’s messages endpoint with the bearer token', async () => {
    await start();
    const response = await post(delivery([{ messages: [text('15550001001', 'hello')] }]));
    expect(response.status).toBe(200);
    const [first] = await graph.waitUntil((r) => r.length >= 2);
    expect(first?.method).toBe('POST');
    expect(first?.path).toBe(`/v23.0/${PHONE_NUMBER_ID}/messages`);
    expect(first?.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(first?.body).toMatchObject({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '15550001001', type: 'text' });
    expect(shownText(first as CapturedRequest)).toBe(t('welcome'));
  });

  it('shows the seven countries as a list message', async () => {
    await start();
    await post(delivery([{ messages: [text('15550001002', 'hello')] }]));
    const [, ask] = await graph.waitUntil((r) => r.length >= 2);
    expect(ask?.body.interactive?.type).toBe('list');
    expect(shownText(ask as CapturedRequest)).toBe(t('ask-country'));
    expect(choiceIds(ask as CapturedRequest)).toEqual(['CZ', 'DK', 'FI', 'GB', 'GR', 'IT', 'CH'].map((c) => toPayload({ kind: 'country', country: c })));
    expect(ask?.body.interactive?.action.sections?.[0]?.rows.every((row) => [...row.title].length <= 24)).toBe(true);
  });

  it('records when the user wrote, for the 24-hour window', async () => {
    const { store } = await start();
    const message = text('15550001003', 'hello');
    await post(delivery([{ messages: [message] }]));
    await finish();
    expect(await store.getChannelTime(`whatsapp-window:${pseudonymise('whatsapp', '15550001003')}`)).toBe(Number(message.timestamp) * 1000);
  });
});

describe('deliveries that Meta did not sign', () => {
  it('refuses an unsigned and a wrongly signed delivery with 401, one log line each, and answers nothing', async () => {
    await start();
    const body = delivery([{ messages: [text('15550002001', 'hello')] }]);
    expect((await post(body, {})).status).toBe(401);
    expect((await post(body, { 'x-hub-signature-256': sign(body, 'another-secret') })).status).toBe(401);
    expect((await post(body, { 'x-hub-signature-256': sign(`${body} `) })).status).toBe(401);
    expect((await post(body, { 'x-hub-signature-256': 'sha256=' })).status).toBe(401);
    await finish();
    expect(graph.requests).toHaveLength(0);
    expect(lines.filter((l) => l.includes('no X-Hub-Signature-256 header'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('X-Hub-Signature-256 does not match the body'))).toHaveLength(3);
  });

  it('leaves a refused message unclaimed, so Meta’s correctly signed delivery of it is still answered', async () => {
    await start();
    const body = delivery([{ messages: [image('15550002002')] }]);
    await post(body, { 'x-hub-signature-256': sign(body, 'another-secret') });
    expect((await post(body)).status).toBe(200);
    await finish();
    expect(graph.requests.map(shownText)).toEqual([t('unsupported-media', { kind: 'photo' })]);
  });
});

describe('buttons and lists', () => {
  it('answers a question once the country is picked from the list, then takes the feedback button', async () => {
    await start();
    const user = '15550003001';
    await post(delivery([{ messages: [text(user, 'how do i get a codice fiscale')] }]));
    await graph.waitUntil((r) => r.some((m) => choiceIds(m).includes(toPayload({ kind: 'country', country: 'IT' }))));

    await post(delivery([{ messages: [listReply(user, toPayload({ kind: 'country', country: 'IT' }))] }]));
    const summary = harness.knowledge.answer('tax-number', 'IT')?.texts.en?.summary.trim().slice(0, 40) ?? '∅';
    const feedback = toPayload({ kind: 'feedback', helped: true, topic: 'tax-number' });
    const afterCountry = await graph.waitUntil((r) => r.some((m) => choiceIds(m).includes(feedback)));
    expect(afterCountry.some((m) => shownText(m).includes(summary))).toBe(true);
    const question = afterCountry.find((m) => choiceIds(m).includes(feedback));
    expect(question?.body.interactive?.type).toBe('button');
    expect(question?.body.interactive?.action.buttons?.map((b) => b.reply.title)).toEqual([t('button-yes'), t('button-no')]);

    await post(delivery([{ messages: [buttonReply(user, feedback)] }]));
    await graph.waitUntil((r) => r.some((m) => shownText(m) === t('feedback-thanks')));
  });

  it('offers a choice of more than ten as several lists that together hold every option', async () => {
    await start();
    await post(delivery([{ messages: [text('15550003002', '/language')] }]));
    await finish();
    const lists = graph.requests.filter((r) => r.body.interactive?.type === 'list');
    const languages = harness.knowledge.languages.filter((l) => l.classifier).map((l) => toPayload({ kind: 'language', language: l.code }));
    expect(languages.length).toBeGreaterThan(10);
    expect(lists.length).toBe(Math.ceil(languages.length / 10));
    expect(lists.every((l) => choiceIds(l).length <= 10)).toBe(true);
    expect(lists.flatMap(choiceIds)).toEqual(languages);
  });
});

describe('statuses of the bot’s own messages', () => {
  it('logs sent, delivered, read and failed statuses, the failure with its code, and never answers them', async () => {
    await start();
    const user = '15550004001';
    const response = await post(delivery([{ statuses: [status(user, 'sent'), status(user, 'delivered'), status(user, 'read'), status(user, 'failed', 131026)] }]));
    expect(response.status).toBe(200);
    await finish();
    expect(graph.requests).toHaveLength(0);
    expect(lines.filter((l) => l.includes('"msg":"whatsapp: message status"'))).toHaveLength(3);
    const failed = lines.filter((l) => l.includes('a message was not delivered'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toContain('"code":131026');
    expect(failed[0]).toContain('"level":40');
  });
});

describe('messages the bot cannot read', () => {
  it('answers a photo and a voice message kindly, saying what it cannot do', async () => {
    await start();
    await post(delivery([{ messages: [image('15550005001')] }]));
    await post(delivery([{ messages: [voice('15550005002')] }]));
    await finish();
    expect(to('15550005001')(graph.requests).map(shownText)).toEqual([t('unsupported-media', { kind: 'photo' })]);
    expect(to('15550005002')(graph.requests).map(shownText)).toEqual([t('unsupported-media', { kind: 'voice' })]);
  });
});

describe('a batched delivery', () => {
  it('handles every message of every change of every entry, each user’s messages in order', async () => {
    await start();
    const [a, b, c] = ['15550006001', '15550006002', '15550006003'];
    const body = delivery(
      [{ messages: [text(a, 'hello'), image(b)] }, { messages: [voice(a)] }],
      [{ messages: [image(c), image(a)] }, { statuses: [status(a, 'read')] }],
    );
    expect((await post(body)).status).toBe(200);
    await finish();
    const ofA = to(a)(graph.requests).map(shownText);
    expect(ofA).toEqual([t('welcome'), t('ask-country'), t('unsupported-media', { kind: 'voice' }), t('unsupported-media', { kind: 'photo' })]);
    expect(to(b)(graph.requests).map(shownText)).toEqual([t('unsupported-media', { kind: 'photo' })]);
    expect(to(c)(graph.requests).map(shownText)).toEqual([t('unsupported-media', { kind: 'photo' })]);
  });

  it('ignores changes for another phone number of the same app', async () => {
    await start();
    await post(delivery([{ messages: [image('15550006004')], phoneNumberId: '999999999' }]));
    await finish();
    expect(graph.requests).toHaveLength(0);
  });
});

describe('a delivery Meta retries', () => {
  it('is answered once, also after the adapter is re-created over the same store file', async () => {
    const file = join(tmp, 'store.json');
    await start(await openFileStore(file));
    const body = delivery([{ messages: [image('15550007001')] }]);
    expect((await post(body)).status).toBe(200);
    expect((await post(body)).status).toBe(200);
    await finish();
    expect(graph.requests).toHaveLength(1);

    await start(await openFileStore(file));
    expect((await post(body)).status).toBe(200);
    await finish();
    expect(graph.requests).toHaveLength(1);
    expect(lines.filter((l) => l.includes('repeated delivery of a message already handled'))).toHaveLength(2);
  });
});

describe('Graph API errors', () => {
  it('logs error 131047 with its code, does not retry, and drops the rest of the turn', async () => {
    await start();
    graph.script({
      status: 400,
      body: {
        error: {
          message: '(#131047) Re-engagement message',
          type: 'OAuthException',
          code: 131047,
          error_data: { messaging_product: 'whatsapp', details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' },
          fbtrace_id: 'AbCdEfGh123',
        },
      },
    });
    await post(delivery([{ messages: [text('15550008001', 'hello')] }]));
    await finish();
    expect(graph.requests).toHaveLength(1);
    const logged = lines.filter((l) => l.includes('"code":131047'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('more than 24 hours');
  });

  it('retries a message the Graph API failed with 500, and sends it once it succeeds', async () => {
    await start();
    graph.script({ status: 500, body: { error: { message: 'An unknown error has occurred.', type: 'OAuthException', code: 1 } } });
    await post(delivery([{ messages: [image('15550008002')] }]));
    await finish();
    expect(graph.requests).toHaveLength(2);
    expect(graph.requests[1]?.body).toEqual(graph.requests[0]?.body);
    expect(lines.some((l) => l.includes('temporarily failed; will retry') && l.includes('"status":500'))).toBe(true);
  });

  it('gives up after a bounded number of attempts when the Graph API keeps failing', async () => {
    await start();
    const busy = { status: 429, body: { error: { message: 'Rate limit hit', type: 'OAuthException', code: 130429 } } };
    graph.script(busy, busy, busy, busy, busy, busy);
    await post(delivery([{ messages: [image('15550008003')] }]));
    await finish();
    expect(graph.requests).toHaveLength(4);
    expect(lines.some((l) => l.includes('given up after repeated temporary failures'))).toBe(true);
  });

  it('does not answer a message whose 24-hour window is known to have closed', async () => {
    const { store } = await start();
    const late = { ...image('15550008004'), timestamp: String(Math.floor(Date.now() / 1000) - 25 * 3600) };
    await post(delivery([{ messages: [late] }]));
    await finish();
    expect(graph.requests).toHaveLength(0);
    expect(lines.some((l) => l.includes('replies dropped, more than 24 hours since the user wrote'))).toBe(true);
    expect(await store.getChannelTime(`whatsapp-window:${pseudonymise('whatsapp', '15550008004')}`)).toBe(Number(late.timestamp) * 1000);
  });
});

describe('bodies that are not deliveries', () => {
  it('refuses signed junk and an unknown shape with 400 and a log line, and keeps serving', async () => {
    await start();
    expect((await post('{"object": "whatsapp_business_account", "entry": [')).status).toBe(400);
    expect((await post(JSON.stringify({ hello: 'world' }))).status).toBe(400);
    expect((await post(Buffer.from([0, 255, 1, 2, 3]))).status).toBe(400);
    expect(lines.filter((l) => l.includes('body is not a WhatsApp webhook payload'))).toHaveLength(3);
    expect((await post(delivery([{ messages: [image('15550009001')] }]))).status).toBe(200);
    await graph.waitUntil((r) => r.length === 1);
  });

  it('refuses a body over the size limit with 413 and a log line, and keeps serving', async () => {
    await start();
    const huge = 'x'.repeat(2 * 1024 * 1024);
    expect((await post(huge)).status).toBe(413);
    expect(lines.some((l) => l.includes('HTTP request rejected') && l.includes('"status":413'))).toBe(true);
    expect((await post(delivery([{ messages: [image('15550009002')] }]))).status).toBe(200);
    await graph.waitUntil((r) => r.length === 1);
  });
});

describe('stopping', () => {
  it('waits for acknowledged messages to be answered, then refuses new deliveries with 503', async () => {
    const { channel } = await start();
    await post(delivery([{ messages: [image('15550010001')] }]));
    await channel.stop();
    expect(graph.requests).toHaveLength(1);
    expect((await post(delivery([{ messages: [image('15550010002')] }]))).status).toBe(503);
  });
});

describe('privacy', () => {
  it('never logs a phone number, a message id, a message text or the access token', async () => {
    await start();
    const user = '15550011001';
    graph.script({ status: 400, body: { error: { message: 'Invalid parameter', type: 'OAuthException', code: 100 } } });
    await post(delivery([{ messages: [text(user, 'how do i get a codice fiscale'), image(user)], statuses: [status(user, 'failed', 131026)] }]));
    await post(delivery([{ messages: [text(user, 'hello')] }]), {});
    await finish();
    const all = lines.join('');
    expect(all).toContain('"code":100');
    expect(all).not.toMatch(/1555000\d{4}/);
    expect(all).not.toContain('wamid.TEST');
    expect(all).not.toContain('codice fiscale');
    expect(all).not.toContain(ACCESS_TOKEN);
  });
});
