import { describe, expect, it } from 'vitest';
import type { ConsoleAccount } from '../../../adapters/console/accounts.js';
import { createSessions, isValidCsrf, toAccountTag, toSessionCookie } from '../../../adapters/console/sessions.js';
import type { HttpRequest } from '../../../bot/server.js';

const account: ConsoleAccount = { username: 'anna', role: 'coordinator', organisation: 'Org', countries: ['FI'], teams: [], passwordHash: 'x' };
const request = (headers: Record<string, string>): HttpRequest => ({ method: 'GET', path: '/console', query: {}, headers, rawBody: Buffer.alloc(0) });

describe('console sessions', () => {
  it('accepts the session’s own CSRF token only', () => {
    const session = createSessions(() => new Date()).create(account);
    expect(isValidCsrf(session, session.csrf)).toBe(true);
    expect(isValidCsrf(session, `${session.csrf}x`)).toBe(false);
    expect(isValidCsrf(session, '')).toBe(false);
    expect(isValidCsrf(session, undefined)).toBe(false);
  });

  it('gives each session its own random 32-byte id and token', () => {
    const sessions = createSessions(() => new Date());
    const [a, b] = [sessions.create(account), sessions.create(account)];
    expect(Buffer.from(a.id, 'base64url')).toHaveLength(32);
    expect(a.id).not.toBe(b.id);
    expect(a.csrf).not.toBe(b.csrf);
  });

  it('finds a session by its cookie until it expires', () => {
    let t = 0;
    const sessions = createSessions(() => new Date(t), 1000);
    const session = sessions.create(account);
    const withCookie = request({ cookie: `other=1; waymark_console=${session.id}` });
    expect(sessions.of(withCookie)).toBe(session);
    t = 1000;
    expect(sessions.of(withCookie)).toBeUndefined();
  });

  it('marks the cookie Secure except over plain http to localhost', () => {
    const session = createSessions(() => new Date()).create(account);
    const local = toSessionCookie(session, request({ host: 'localhost:3000' }));
    expect(local).toMatch(/HttpOnly; SameSite=Strict; Path=\/console$/);
    expect(toSessionCookie(session, request({ host: 'bot.example.org' }))).toMatch(/; Secure$/);
    expect(toSessionCookie(session, request({ host: 'localhost:3000', 'x-forwarded-proto': 'https' }))).toMatch(/; Secure$/);
  });

  it('tags accounts in logs without the username in clear', () => {
    expect(toAccountTag('anna')).toMatch(/^[0-9a-f]{12}$/);
    expect(toAccountTag('anna')).not.toContain('anna');
  });
});
