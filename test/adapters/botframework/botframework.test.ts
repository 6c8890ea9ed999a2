import { createServer, type IncomingMessage as HttpIncoming, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerBotFramework } from '../../../adapters/botframework/index.js';
import { createLogger } from '../../../bot/logger.js';
import { createPseudonymiser } from '../../../bot/pseudonym.js';
import { createHttpServer, type HttpServer } from '../../../bot/server.js';
import { createHarness, type Harness } from '../../support/engine-harness.js';

/** A stand-in of the Bot Connector service: records the activities the bot sends back. */
interface Sent {
  path: string;
  body: { type: string; text?: string; suggestedActions?: { actions: Array<{ title: string; value: { payload: string } }> } };
}
let connector: Server;
let connectorUrl: string;
const sent: Sent[] = [];
let server: HttpServer;
let botUrl: string;
let harness: Harness;
const logLines: string[] = [];

const readBody = (req: HttpIncoming): Promise<string> =>
  new Promise((resolve) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => resolve(data));
  });

beforeAll(async () => {
  connector = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req)) as Sent['body'];
    sent.push({ path: req.url ?? '', body });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${sent.length}` }));
  });
  await new Promise<void>((r) => connector.listen(0, '127.0.0.1', r));
  connectorUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
  harness = await createHarness();
  const log = createLogger('info', new Writable({ write: (c, _e, cb) => (logLines.push(String(c)), cb()) }) as never);
  server = createHttpServer({ host: '127.0.0.1', port: 0, log });
  registerBotFramework(
    { handle: (m) => harness.engine.handle(m), pseudonymise: createPseudonymiser('bf-secret-bf-secret-bf-secret-bf-secret'), server, store: harness.store, knowledge: harness.knowledge, log, now: () => new Date() },
    {},
  );
  botUrl = await server.listen();
});

afterAll(async () => {
  await server.close();
  await new Promise((r) => connector.close(r));
});

const activity = (over: Record<string, unknown>): Record<string, unknown> => ({
  type: 'message',
  id: `act-${Math.random().toString(36).slice(2)}`,
  channelId: 'webchat',
  serviceUrl: connectorUrl,
  from: { id: 'webchat-user-1', name: 'A user' },
  recipient: { id: 'waymark-bot', name: 'Waymark' },
  conversation: { id: 'conv-1' },
  locale: 'en-GB',
  ...over,
});

const post = (body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('the Bot Framework channel', () => {
  it('answers an activity posted to /api/messages, replying through the connector with suggested actions', async () => {
    sent.length = 0;
    const response = await post(activity({ text: 'hello' }));
    expect(response.status).toBeLessThan(300);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]?.path).toMatch(/^\/v3\/conversations\/conv-1\/activities/);
    const ask = sent.find((s) => s.body.suggestedActions);
    expect(ask?.body.suggestedActions?.actions.map((a) => a.title)).toContain(harness.knowledge.strings.format('en', 'country-IT'));
  });

  it('turns a pressed suggested action back into the engine payload', async () => {
    sent.length = 0;
    await post(activity({ text: '', value: { payload: '1:c:IT' } }));
    expect(sent.map((s) => s.body.text).join('\n')).toContain(harness.knowledge.strings.format('en', 'country-IT'));
  });

  it('refuses a body that is not an activity with 400 and a log line', async () => {
    expect((await post('{"type": ')).status).toBe(400);
    expect(logLines.join('')).toContain('botframework: body is not a JSON activity');
  });

  it('refuses a malformed authorization header with 401', async () => {
    expect((await post(activity({ text: 'hi' }), { authorization: 'Basic abc' })).status).toBe(401);
  });
});
