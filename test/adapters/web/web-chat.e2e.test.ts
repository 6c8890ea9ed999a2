import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Running } from '../../../bin/commands/start.js';
import { loadConfig } from '../../../bot/config.js';
import { createLogger } from '../../../bot/logger.js';
import { loadKnowledge } from '../../../knowledge/load-knowledge.js';
import { PROJECT_ROOT } from '../../../knowledge/project-root.js';
import { launchBrowser } from '../../support/browser.js';
import { TEST_DATA_DIR } from '../../support/paths.js';

const { knowledge } = loadKnowledge(PROJECT_ROOT);
const tmp = mkdtempSync(join(tmpdir(), 'waymark-web-'));
let running: Running;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const config = loadConfig({ PORT: '0', DATA_DIR: TEST_DATA_DIR, PSEUDONYM_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e' }, PROJECT_ROOT);
  running = await startServer(PROJECT_ROOT, { ...config, dataDir: TEST_DATA_DIR }, createLogger('silent'), undefined, join(tmp, 'store.json'));
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'en-GB' });
  await page.goto(`${running.url}/`);
});

afterAll(async () => {
  await browser?.close();
  await running?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

async function say(text: string): Promise<void> {
  const before = await page.locator('.msg.bot').count();
  await page.fill('#text', text);
  await page.click('#send');
  await page.waitForFunction((n) => document.querySelectorAll('.msg.bot').length > n, before);
}

const lastBotTexts = (n: number): Promise<string[]> => page.locator('.msg.bot').evaluateAll((els, k) => els.slice(-k).map((e) => e.textContent ?? ''), n);

describe('the web chat in a browser', () => {
  it('onboards a new user: greeting, then the country as buttons', async () => {
    await say('hello');
    await expect.poll(() => page.locator('.msg.bot').first().textContent()).toContain('Waymark');
    const italy = page.getByRole('button', { name: knowledge.strings.format('en', 'country-IT') });
    await italy.click();
    await expect.poll(() => lastBotTexts(1)).toEqual([expect.stringContaining(knowledge.strings.format('en', 'country-IT'))]);
  });

  it('answers a question in Arabic in Arabic, right to left, with the source as a link', async () => {
    await say('كيف احصل على الرقم الضريبي في ايطاليا');
    const answer = knowledge.answer('tax-number', 'IT');
    const bubble = page.locator('.msg.bot[dir="rtl"]', { hasText: answer?.texts.ar?.summary.trim().slice(0, 20) ?? '∅' });
    await expect.poll(() => bubble.count()).toBe(1);
    await expect.poll(() => bubble.locator(`a[href="${answer?.sources[0]?.url}"]`).count()).toBe(1);
  });

  it('says honestly when a question is not covered', async () => {
    await say('اين اجد مطعم بيتزا جيد');
    await expect.poll(() => lastBotTexts(2)).toContainEqual(expect.stringContaining(knowledge.strings.format('ar', 'not-covered').slice(0, 15)));
  });

  it('/forget deletes the user’s data and confirms it', async () => {
    await say('/forget');
    await expect.poll(() => lastBotTexts(1)).toEqual([expect.stringContaining(knowledge.strings.format('ar', 'forget-done').slice(0, 15))]);
  });
});
