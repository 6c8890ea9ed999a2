import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Running } from '../../../bin/commands/start.js';
import { loadConfig } from '../../../bot/config.js';
import { createLogger } from '../../../bot/logger.js';
import { PROJECT_ROOT } from '../../../knowledge/project-root.js';
import { TEST_DATA_DIR } from '../../support/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'waymark-api-'));
const lines: string[] = [];
let running: Running;

beforeAll(async () => {
  const config = loadConfig({ PORT: '0', DATA_DIR: TEST_DATA_DIR, PSEUDONYM_SECRET: 'api-secret-api-secret-api-secret-api' }, PROJECT_ROOT);
  const sink = new Writable({ write: (chunk, _enc, cb) => (lines.push(String(chunk)), cb()) });
  running = await startServer(PROJECT_ROOT, config, createLogger('info', sink as never), undefined, join(tmp, 'store.json'));
});
afterAll(async () => {
  await running?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

const post = (body: string | Blob, type = 'application/json'): Promise<Response> =>
  fetch(`${running.url}/api/web/messages`, { method: 'POST', headers: { 'content-type': type }, body });

describe('the web chat endpoint', () => {
  it('answers a message with the engine’s replies', async () => {
    const response = await post(JSON.stringify({ session: 'session-aaaaaaaaaaaa', text: 'hello' }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { replies: Array<{ text: string }> };
    expect(body.replies.length).toBeGreaterThan(0);
  });

  it('rejects a body that is not JSON with 400 and a log line, and keeps serving', async () => {
    expect((await post('{"session": ')).status).toBe(400);
    expect(lines.join('')).toContain('web chat: body is not JSON');
    expect((await post(JSON.stringify({ session: 'session-aaaaaaaaaaaa', text: 'hi' }))).status).toBe(200);
  });

  it('rejects binary junk and an unknown shape with 400', async () => {
    expect((await post(new Blob([new Uint8Array([0, 255, 1, 2, 3])]), 'application/octet-stream')).status).toBe(400);
    expect((await post(JSON.stringify({ session: 'x', text: 'hi' }))).status).toBe(400);
  });

  it('rejects a text longer than a chat message with 413', async () => {
    expect((await post(JSON.stringify({ session: 'session-aaaaaaaaaaaa', text: 'a'.repeat(5000) }))).status).toBe(413);
  });

  it('rejects a body over the server limit with 413 before reading it', async () => {
    expect((await post('x'.repeat(2 * 1024 * 1024))).status).toBe(413);
  });

  it('logs one line per turn without the user’s text', async () => {
    await post(JSON.stringify({ session: 'session-bbbbbbbbbbbb', text: 'my secret question about wages' }));
    const turns = lines.filter((l) => l.includes('"msg":"turn"'));
    expect(turns.length).toBeGreaterThan(0);
    expect(turns.join('')).toMatch(/"channel":"web".*"ms":\d+/);
    expect(lines.join('')).not.toContain('my secret question');
  });
});
