/**
 * Pseudonymous user ids: an HMAC of the channel and the channel's user id under a secret kept by the operator.
 * The store never sees a phone number or a Telegram id, and the mapping cannot be reversed without the secret.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type Pseudonymise = (channel: string, channelUserId: string) => string;

export function createPseudonymiser(secret: string): Pseudonymise {
  return (channel, channelUserId) => createHmac('sha256', secret).update(`${channel}\0${channelUserId}`).digest('base64url').slice(0, 22);
}

/** A salted one-way hash for unmet-needs records: lets repeated asks by one person be counted once, never traced back. */
export function toRecordHash(secret: string, pseudonym: string): string {
  return createHmac('sha256', `${secret}:needs`).update(pseudonym).digest('base64url').slice(0, 16);
}

/**
 * The configured secret, or one generated on first start and kept in the data folder (mode 0600), so ids stay
 * stable across restarts of an installation that did not configure one.
 */
export function resolveSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, 'pseudonym.secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * What volunteers call a user: four letters and digits from the pseudonym, stable across hand-offs so a
 * returning person is recognised, and too short to look anyone up by.
 */
export function toAlias(secret: string, pseudonym: string): string {
  const digest = createHmac('sha256', `${secret}:alias`).update(pseudonym).digest();
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(digest.subarray(0, 4), (b) => alphabet[b % alphabet.length]).join('');
}
