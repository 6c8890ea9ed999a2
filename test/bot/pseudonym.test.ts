import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPseudonymiser, resolveSecret, toRecordHash } from '../../bot/pseudonym.js';

const dir = mkdtempSync(join(tmpdir(), 'waymark-secret-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pseudonymous user ids', () => {
  it('are stable for one user and differ between users and channels', () => {
    const p = createPseudonymiser('s'.repeat(32));
    expect(p('telegram', '12345')).toBe(p('telegram', '12345'));
    expect(p('telegram', '12345')).not.toBe(p('telegram', '12346'));
    expect(p('telegram', '12345')).not.toBe(p('whatsapp', '12345'));
    expect(p('whatsapp', '393471234567')).not.toContain('3471234567');
  });

  it('depend on the secret, so they cannot be recomputed without it', () => {
    expect(createPseudonymiser('a'.repeat(32))('web', 'x')).not.toBe(createPseudonymiser('b'.repeat(32))('web', 'x'));
  });

  it('give unmet-need records a different hash than the pseudonym itself', () => {
    expect(toRecordHash('k'.repeat(32), 'user-1')).not.toBe('user-1');
    expect(toRecordHash('k'.repeat(32), 'user-1')).toBe(toRecordHash('k'.repeat(32), 'user-1'));
  });

  it('create a private secret on first start and reuse it afterwards', () => {
    const first = resolveSecret(undefined, dir);
    expect(resolveSecret(undefined, dir)).toBe(first);
    expect(readFileSync(join(dir, 'pseudonym.secret'), 'utf8').trim()).toBe(first);
    expect(statSync(join(dir, 'pseudonym.secret')).mode & 0o077).toBe(0);
    expect(resolveSecret('c'.repeat(40), dir)).toBe('c'.repeat(40));
  });
});
