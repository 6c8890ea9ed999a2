import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET_HEADER } from '../../../adapters/telegram/webhook.js';
import { textUpdate } from './fake-bot-api.js';
import { startTelegramFixture, WEBHOOK_SECRET, WEBHOOK_URL, type TelegramFixture } from './telegram-fixture.js';

let f: TelegramFixture;
let nextUpdateId = 900_000;

beforeAll(async () => {
  f = await startTelegramFixture({ webhook: true });
});
afterAll(async () => {
  await f?.stop();
});

const post = (body: string, headers: Record<string, string> = { [SECRET_HEADER]: WEBHOOK_SECRET }): Promise<Response> =>
  fetch(`${f.url}/webhooks/telegram`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

const update = (chat: number, text: string, updateId = nextUpdateId++): string => JSON.stringify({ update_id: updateId, ...textUpdate(chat, text) });

describe('the Telegram channel by webhook', () => {
  it('registers the webhook with its secret at start, and does not poll', () => {
    const [call] = f.api.callsTo('setWebhook');
    expect(call?.payload).toMatchObject({ url: WEBHOOK_URL, secret_token: WEBHOOK_SECRET });
    expect(f.api.callsTo('getUpdates')).toHaveLength(0);
  });

  it('processes an update posted with the right secret header and answers it', async () => {
    const response = await post(update(3001, '/help'));
    expect(response.status).toBe(200);
    expect(f.api.sentTo(3001).map((c) => c.payload.text)).toEqual([f.t('en', 'help')]);
  });

  it('refuses an update with a wrong or missing secret with 401 and does not process it', async () => {
    const before = f.handled.length;
    expect((await post(update(3002, '/help'), { [SECRET_HEADER]: 'wrong-secret-wrong-secret' })).status).toBe(401);
    expect((await post(update(3002, '/help'), {})).status).toBe(401);
    expect(f.handled.length).toBe(before);
    expect(f.api.sentTo(3002)).toHaveLength(0);
    expect(f.logs.join('')).toContain('telegram webhook: request refused');
    expect(f.logs.join('')).not.toContain('wrong-secret-wrong-secret');
  });

  it('rejects a malformed body with 400 and a log line, and keeps serving', async () => {
    expect((await post('{"update_id": ')).status).toBe(400);
    expect((await post(JSON.stringify({ message: { text: 'no id' } }))).status).toBe(400);
    expect(f.logs.join('')).toContain('telegram webhook: body is not a JSON Telegram update');
    expect((await post(update(3003, '/help'))).status).toBe(200);
    expect(f.api.sentTo(3003)).toHaveLength(1);
  });

  it('answers an update that Telegram delivers twice only once', async () => {
    const body = update(3004, '/help');
    expect((await post(body)).status).toBe(200);
    expect((await post(body)).status).toBe(200);
    expect(f.api.sentTo(3004)).toHaveLength(1);
  });
});
