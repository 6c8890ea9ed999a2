import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashPassword, loadConsoleAccounts, verifyPassword } from '../../../adapters/console/accounts.js';

/** Cheaper than the default, which is tuned for production: these tests check behaviour, not cost. */
const FAST = { N: 2 ** 12, r: 8, p: 1 };
const dir = mkdtempSync(join(tmpdir(), 'waymark-accounts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('console password hashing', () => {
  it('verifies the password a hash was made from and stores the parameters with it', async () => {
    const hash = await hashPassword('correct horse battery', FAST);
    expect(hash).toMatch(/^scrypt\$4096\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
  });

  it('refuses a wrong password', async () => {
    expect(await verifyPassword('correct horse batterY', await hashPassword('correct horse battery', FAST))).toBe(false);
  });

  it('salts every hash, so one password gives different hashes', async () => {
    expect(await hashPassword('correct horse battery', FAST)).not.toBe(await hashPassword('correct horse battery', FAST));
  });

  it('uses the production parameters by default', async () => {
    expect(await hashPassword('correct horse battery')).toMatch(/^scrypt\$131072\$8\$1\$/);
  });

  it('never matches a malformed hash', async () => {
    expect(await verifyPassword('anything at all', 'plain-text-password')).toBe(false);
  });

  it('refuses passwords shorter than 12 characters', async () => {
    await expect(hashPassword('short', FAST)).rejects.toMatchObject({ code: 'INPUT_REJECTED' });
  });
});

describe('the console accounts file', () => {
  it('lists every problem with its key', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ accounts: [{ username: 'Anna', role: 'admin', organisation: 'x', countries: ['XX'], passwordHash: 'nope' }] }));
    expect(() => loadConsoleAccounts(file)).toThrow(/accounts\.0\.username[\s\S]*accounts\.0\.role[\s\S]*accounts\.0\.countries\.0[\s\S]*accounts\.0\.passwordHash/);
  });

  it('loads a valid file', async () => {
    const file = join(dir, 'good.json');
    const account = { username: 'anna', role: 'coordinator', organisation: 'Org', countries: ['FI'], passwordHash: await hashPassword('correct horse battery', FAST) };
    writeFileSync(file, JSON.stringify({ accounts: [account] }));
    expect(loadConsoleAccounts(file)).toEqual([{ ...account, teams: [] }]);
  });
});
