/**
 * The volunteer inbox in headless Chromium, with hand-offs made by the real engine and desk: sign in, see the
 * team's queue, open a case (Arabic shown right to left), claim, reply (the user receives it signed by the
 * organisation), see the user's answer, close with a note. A volunteer of another team is refused with 403.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../adapters/console/accounts.js';
import { registerConsole } from '../../../adapters/console/index.js';
import { toPayload } from '../../../bot/engine/payload.js';
import { createLogger } from '../../../bot/logger.js';
import { loadNeedCategories } from '../../../bot/needs/categories.js';
import { createHttpServer, type HttpServer } from '../../../bot/server.js';
import { PROJECT_ROOT } from '../../../knowledge/project-root.js';
import { launchBrowser } from '../../support/browser.js';
import { sharedClassifier } from '../../support/classifier.js';
import { createHandoffHarness, testTeams, type HandoffHarness } from '../../support/handoff-fixture.js';

const PASSWORD = 'correct horse battery staple';
const tmp = mkdtempSync(join(tmpdir(), 'waymark-inbox-'));
const ADDRESS = { address: 'chat-1', displayName: 'Layla' };

let h: HandoffHarness;
let server: HttpServer;
let url: string;
let browser: Browser;
let page: Page;
const delivered: Array<{ address: string; text: string }> = [];

/** An Arabic speaker in Finland who asks for a person and agrees; returns the hand-off id. */
async function arabicHandoff(user: string): Promise<string> {
  await h.press(user, toPayload({ kind: 'language', language: 'ar' }), ADDRESS);
  await h.press(user, toPayload({ kind: 'country', country: 'FI' }), ADDRESS);
  await h.send(user, 'صاحب العمل لم يدفع لي راتبي منذ شهرين', ADDRESS);
  await h.send(user, '/human', ADDRESS);
  await h.press(user, toPayload({ kind: 'consent', choice: 'yes' }), ADDRESS);
  return (await h.store.getUser(user))?.handoff as string;
}

beforeAll(async () => {
  const teams = testTeams().filter((t) => t.desk === 'console');
  const turku = teams.find((t) => t.id === 'fi-turku');
  if (turku) turku.languages = ['uk', 'ru', 'en', 'ar'];
  teams.push({ ...structuredClone(turku!), id: 'fi-tampere', organisation: 'Tampere Neighbours', languages: ['fa'] });
  h = await createHandoffHarness({ teams });
  h.desk.attachUserChannel('test', {
    deliver: async ({ address }, replies) => {
      for (const r of replies) delivered.push({ address, text: r.text });
      return 'delivered';
    },
  });
  const hash = (): Promise<string> => hashPassword(PASSWORD, { N: 2 ** 12, r: 8, p: 1 });
  const accountsFile = join(tmp, 'console-accounts.json');
  const accounts = [
    { username: 'olga', role: 'volunteer', organisation: 'Turku Welcome Desk', countries: ['FI'], teams: ['fi-turku'], passwordHash: await hash() },
    { username: 'timo', role: 'volunteer', organisation: 'Tampere Neighbours', countries: ['FI'], teams: ['fi-tampere'], passwordHash: await hash() },
  ];
  writeFileSync(accountsFile, JSON.stringify({ accounts }));
  const log = createLogger('silent');
  const { embedder } = await sharedClassifier();
  server = createHttpServer({ host: '127.0.0.1', port: 0, log });
  registerConsole({
    server, store: h.store, log, accountsFile, now: () => h.clock.now, knowledge: h.knowledge, categories: loadNeedCategories(PROJECT_ROOT),
    embed: (texts) => embedder.embed(texts), handoff: h.desk,
  });
  url = await server.listen();
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function signIn(username: string): Promise<string> {
  const response = await fetch(`${url}/console/sign-in`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ username, password: PASSWORD }) });
  return (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
}

describe('the volunteer inbox in a browser', () => {
  let id: string;

  it('signs a volunteer in to their team’s queue', async () => {
    id = await arabicHandoff('user-a');
    await page.goto(`${url}/console`);
    await page.getByLabel('Username').fill('olga');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${url}/console/inbox`);
    const row = page.locator('table.queue tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.first().textContent()).toContain('Arabic (ar)');
    expect(await row.first().textContent()).toContain('Waiting for a volunteer');
  });

  it('shows the conversation with the user’s words right to left, and claims the case', async () => {
    await page.locator('table.queue a').first().click();
    await page.waitForURL(`${url}/console/handoffs/${id}`);
    const said = page.locator('.from-user p[lang="ar"][dir="rtl"]');
    expect(await said.first().textContent()).toBe('صاحب العمل لم يدفع لي راتبي منذ شهرين');
    expect(await page.locator('.from-system .summary').textContent()).toContain('Topic: unpaid-wages');
    expect(await page.content()).not.toContain('chat-1');
    expect(await page.content()).not.toContain('Layla');
    await page.getByRole('button', { name: 'Claim this hand-off' }).click();
    await page.waitForURL(/notice=claimed/);
    expect(await page.locator('.case').textContent()).toContain('Claimed by you');
    expect((await h.desk.get(id))?.events.map((e) => e.type)).toContain('claimed');
  });

  it('sends an answer the user receives signed by the organisation, and shows the user’s reply', async () => {
    await page.getByLabel(/Your answer/).fill('مرحبا، هل لديك عقد عمل مكتوب؟');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL(/notice=delivered/);
    expect(delivered.at(-1)).toEqual({ address: 'chat-1', text: h.knowledge.strings.format('ar', 'handoff-volunteer-message', { organisation: 'Turku Welcome Desk', text: 'مرحبا، هل لديك عقد عمل مكتوب؟' }) });
    expect(await page.locator('.from-volunteer').last().textContent()).toContain('You');

    await h.send('user-a', 'نعم لدي عقد', ADDRESS);
    await page.getByRole('link', { name: 'Refresh the conversation' }).click();
    expect(await page.locator('.from-user p[dir="rtl"]').last().textContent()).toBe('نعم لدي عقد');
  });

  it('closes with a note: the user is back with the bot and the queue is empty', async () => {
    await page.getByLabel(/What did the person need/).fill('a lawyer for a wage claim');
    await page.getByRole('button', { name: 'Close and return the user to the bot' }).click();
    await page.waitForURL(`${url}/console/inbox`);
    expect(await page.locator('table.queue').count()).toBe(0);
    expect(delivered.at(-1)?.text).toBe(h.knowledge.strings.format('ar', 'handoff-closed', { organisation: 'Turku Welcome Desk' }));
    expect((await h.store.listUnmetNeeds()).find((n) => n.reason === 'handoff-note')).toMatchObject({ question: 'a lawyer for a wage claim', country: 'FI', language: 'ar' });
    expect(await h.desk.get(id)).toMatchObject({ status: 'closed', outcome: 'closed-by-volunteer', messages: [] });
  });
});

describe('inbox access', () => {
  it('refuses a volunteer of another team the case, its forms, and shows them an empty queue', async () => {
    const other = await arabicHandoff('user-b');
    const cookie = await signIn('timo');
    expect((await fetch(`${url}/console/handoffs/${other}`, { headers: { cookie } })).status).toBe(403);
    const inbox = await fetch(`${url}/console/inbox`, { headers: { cookie } });
    expect(await inbox.text()).not.toContain(other);
    // Even with a valid CSRF token from their own page, the reply is refused on the server.
    const own = await (await fetch(`${url}/console/inbox`, { headers: { cookie } })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(own)?.[1] ?? '';
    const reply = await fetch(`${url}/console/handoffs/${other}/reply`, { method: 'POST', redirect: 'manual', headers: { cookie }, body: new URLSearchParams({ csrf, text: 'hello' }) });
    expect(reply.status).toBe(403);
    expect(delivered.some((d) => d.text.includes('hello'))).toBe(false);
  });

  it('sends a signed-out visitor to the sign-in page', async () => {
    const response = await fetch(`${url}/console/inbox`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/console');
  });
});
