import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../adapters/console/accounts.js';
import { registerConsole } from '../../../adapters/console/index.js';
import { createLogger } from '../../../bot/logger.js';
import { loadNeedCategories } from '../../../bot/needs/categories.js';
import { createHttpServer, type HttpServer } from '../../../bot/server.js';
import { openMemoryStore } from '../../../bot/store/lowdb-store.js';
import type { Store, UnmetNeed } from '../../../bot/store/types.js';
import { loadKnowledge } from '../../../knowledge/load-knowledge.js';
import { PROJECT_ROOT } from '../../../knowledge/project-root.js';
import { launchBrowser } from '../../support/browser.js';
import { sharedClassifier } from '../../support/classifier.js';

const PASSWORD = 'correct horse battery staple';
const NOW = new Date('2026-11-22T12:00:00.000Z');
const tmp = mkdtempSync(join(tmpdir(), 'waymark-console-'));
const need = (id: string | undefined, at: string, country: string, language: string, question: string): UnmetNeed => ({
  ...(id ? { id } : {}), at, channel: 'web', country, language, reason: 'none', candidates: [], question, userHash: `hash-${question.length}`,
});
/** Two countries, two ISO weeks (W46 and W47 of 2026); one record written before ids existed. */
const SEED: UnmetNeed[] = [
  need('fi-1', '2026-11-10T09:00:00.000Z', 'FI', 'fr', "mon patron ne m'a pas payé mon salaire"),
  need('fi-2', '2026-11-18T09:00:00.000Z', 'FI', 'fr', "mon employeur ne m'a pas payé le salaire"),
  need(undefined, '2026-11-19T09:00:00.000Z', 'FI', 'en', 'where can I find a flat to rent'),
  need('it-1', '2026-11-18T10:00:00.000Z', 'IT', 'fr', "mon patron ne m'a pas payé mon salaire"),
];

let server: HttpServer;
let store: Store;
let url: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const hash = (): Promise<string> => hashPassword(PASSWORD, { N: 2 ** 12, r: 8, p: 1 });
  const accountsFile = join(tmp, 'console-accounts.json');
  const accounts = [
    { username: 'aino', role: 'coordinator', organisation: 'Helsinki Migrant Help', countries: ['FI'], passwordHash: await hash() },
    { username: 'vera', role: 'volunteer', organisation: 'Helsinki Migrant Help', countries: ['FI'], passwordHash: await hash() },
  ];
  writeFileSync(accountsFile, JSON.stringify({ accounts }));
  store = await openMemoryStore({ version: 1, users: {}, unmetNeeds: structuredClone(SEED), processed: {}, channelTimes: {}, handoffs: {} });
  const log = createLogger('silent');
  const { embedder } = await sharedClassifier();
  server = createHttpServer({ host: '127.0.0.1', port: 0, log });
  registerConsole({
    server, store, log, accountsFile, now: () => new Date(NOW),
    knowledge: loadKnowledge(PROJECT_ROOT).knowledge, categories: loadNeedCategories(PROJECT_ROOT), embed: (texts) => embedder.embed(texts),
  });
  url = await server.listen();
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'en-GB' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Signs in with fetch and returns the session cookie. */
async function signIn(username: string, password = PASSWORD): Promise<{ status: number; cookie: string }> {
  const response = await fetch(`${url}/console/sign-in`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ username, password }) });
  return { status: response.status, cookie: (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '' };
}

async function postStatus(cookie: string, fields: Record<string, string>): Promise<number> {
  const response = await fetch(`${url}/console/needs/status`, { method: 'POST', redirect: 'manual', headers: { cookie }, body: new URLSearchParams(fields) });
  return response.status;
}

describe('the coordinators’ console in a browser', () => {
  it('signs a coordinator in and shows the needs page', async () => {
    await page.goto(`${url}/console`);
    await page.getByLabel('Username').fill('aino');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${url}/console/needs`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Unmet needs');
  });

  it('filters by country, language and period and draws a bar per ISO week', async () => {
    await page.getByLabel('Country', { exact: true }).selectOption('FI');
    await page.getByLabel('Language', { exact: true }).selectOption('fr');
    await page.getByLabel('From', { exact: true }).fill('2026-11-09');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((u) => u.searchParams.get('country') === 'FI' && u.searchParams.get('language') === 'fr' && u.searchParams.get('from') === '2026-11-09');
    expect(await page.locator('svg.chart rect.bar').count()).toBe(2);
    expect(await page.locator('.record').count()).toBe(2);
    expect(await page.locator('.record .question[dir="auto"]').first().textContent()).toContain('salaire');
  });

  it('shows a theme and marks it as answered with a knowledge-base answer that survives a reload', async () => {
    const theme = page.locator('.theme', { hasText: 'salaire' });
    await expect.poll(() => theme.count()).toBe(1);
    await theme.getByLabel('New status').selectOption('answer-added');
    await theme.getByLabel('Answer (country/topic)').fill('FI/unpaid-wages');
    await theme.getByRole('button', { name: 'Save status' }).click();
    await page.waitForURL(/country=FI&language=fr/);
    await page.reload();
    const saved = page.locator('.theme', { hasText: 'salaire' });
    expect(await saved.locator('.status').textContent()).toContain('Answer added');
    expect(await saved.locator('a[href="/console/answers/FI/unpaid-wages"]').count()).toBe(1);
    expect((await store.listUnmetNeeds()).filter((r) => r.answer === 'FI/unpaid-wages').map((r) => r.id).sort()).toEqual(['fi-1', 'fi-2']);
  });
});

describe('console access', () => {
  it('refuses a wrong password with a generic message', async () => {
    const response = await fetch(`${url}/console/sign-in`, { method: 'POST', body: new URLSearchParams({ username: 'aino', password: 'wrong password!' }) });
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('The username or password is not right.');
  });

  it('refuses the needs page to a volunteer', async () => {
    const { cookie } = await signIn('vera');
    const response = await fetch(`${url}/console/needs`, { headers: { cookie } });
    expect(response.status).toBe(403);
  });

  it('refuses a status change without the CSRF token', async () => {
    const { cookie } = await signIn('aino');
    expect(await postStatus(cookie, { id: 'fi-1', status: 'reviewed' })).toBe(403);
  });

  it('refuses a coordinator’s change to another country’s record, even with a valid token', async () => {
    const { cookie } = await signIn('aino');
    const html = await (await fetch(`${url}/console/needs`, { headers: { cookie } })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(await postStatus(cookie, { csrf, id: 'it-1', status: 'out-of-scope' })).toBe(403);
    expect(await postStatus(cookie, { csrf, id: 'fi-1', status: 'reviewed' })).toBe(303);
    const stored = await store.listUnmetNeeds();
    expect(stored.find((r) => r.id === 'it-1')).not.toHaveProperty('status');
    expect(stored.find((r) => r.id === 'fi-1')).toMatchObject({ status: 'reviewed' });
  });

  it('refuses an answer reference the knowledge base does not have', async () => {
    const { cookie } = await signIn('aino');
    const html = await (await fetch(`${url}/console/needs`, { headers: { cookie } })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(await postStatus(cookie, { csrf, id: 'fi-1', status: 'answer-added', answer: 'FI/no-such-topic' })).toBe(400);
  });

  it('refuses another country in the filters', async () => {
    const { cookie } = await signIn('aino');
    expect((await fetch(`${url}/console/needs?country=IT`, { headers: { cookie } })).status).toBe(403);
  });
});
