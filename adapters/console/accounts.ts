/**
 * Console accounts: an operator-managed file (`DATA_DIR/console-accounts.json`, never committed) listing who may
 * sign in to /console, their role, organisation and countries, and a salted scrypt hash of their password.
 * Hashes carry their own parameters (`scrypt$N$r$p$salt$key`), so the cost can be raised without breaking old ones.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InvalidDataError, WaymarkError } from '../../knowledge/errors.js';
import { countryCode } from '../../knowledge/schema/common.js';

const HASH = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;
/** OWASP's minimum for scrypt (N=2^17, r=8, p=1) with a 16-byte salt and a 32-byte key. */
const DEFAULTS = { N: 2 ** 17, r: 8, p: 1 };
const KEY_BYTES = 32;

export const consoleAccount = z
  .object({
    username: z.string().regex(/^[a-z0-9._-]{2,64}$/, 'lower-case letters, digits, ".", "_" or "-", 2-64 characters'),
    role: z.enum(['coordinator', 'volunteer']),
    organisation: z.string().min(1),
    countries: z.array(countryCode).min(1),
    /** Volunteer teams (ids in the teams file) whose hand-offs this account sees in the inbox. */
    teams: z.array(z.string().min(1)).default([]),
    passwordHash: z.string().regex(HASH, 'expected a hash made by hashPassword (scrypt$N$r$p$salt$key)'),
  })
  .strict();
export type ConsoleAccount = z.infer<typeof consoleAccount>;

export const consoleAccountsFile = z
  .object({ accounts: z.array(consoleAccount) })
  .strict()
  .refine((f) => new Set(f.accounts.map((a) => a.username)).size === f.accounts.length, 'each username appears once');

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** A salted scrypt hash of a password with its parameters, for `console-accounts.json`. */
export async function hashPassword(password: string, params: { N: number; r: number; p: number } = DEFAULTS): Promise<string> {
  if (password.length < 12) throw new WaymarkError('INPUT_REJECTED', 'the password is shorter than 12 characters', 'Choose a longer password, e.g. four random words.');
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Whether a password matches a hash; compared in constant time. A malformed hash never matches. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const m = HASH.exec(hash);
  if (!m) return false;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const expected = Buffer.from(m[5] as string, 'base64url');
  const key = await derive(password, Buffer.from(m[4] as string, 'base64url'), { N, r, p });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Reads and validates the accounts file; throws with every problem at once. */
export function loadConsoleAccounts(file: string): ConsoleAccount[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new WaymarkError('CONFIG_INVALID', `could not read the console accounts file ${file}: ${error instanceof Error ? error.message : String(error)}`, 'Fix the JSON, or remove the file to turn the console off.', { cause: error });
  }
  const parsed = consoleAccountsFile.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ file, key: i.path.join('.') || '(root)', message: i.message, severity: 'error' as const }));
    throw new InvalidDataError('CONFIG_INVALID', problems, 'Fix the console accounts at the keys listed (README, "Coordinators\' console").');
  }
  return parsed.data.accounts;
}
