/**
 * Console sessions: random 32-byte ids kept in memory with an absolute expiry (a restart signs everyone out),
 * each with its own CSRF token that every POST must echo. The cookie is HttpOnly, SameSite=Strict, scoped to
 * /console, and Secure unless the request came over plain http to localhost (OWASP Session Management Cheat Sheet).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { HttpRequest } from '../../bot/server.js';
import type { ConsoleAccount } from './accounts.js';

export const SESSION_COOKIE = 'waymark_console';
export const SESSION_TTL_MS = 8 * 3600 * 1000;

export interface Session {
  id: string;
  account: ConsoleAccount;
  csrf: string;
  expires: number;
}

export interface Sessions {
  create(account: ConsoleAccount): Session;
  /** The live session named by the request's cookie, if any. */
  of(request: HttpRequest): Session | undefined;
  destroy(id: string): void;
}

export function createSessions(now: () => Date, ttlMs = SESSION_TTL_MS): Sessions {
  const live = new Map<string, Session>();
  const sweep = (t: number): void => {
    for (const [id, s] of live) if (s.expires <= t) live.delete(id);
  };
  return {
    create(account) {
      const t = now().getTime();
      sweep(t);
      const session = { id: randomBytes(32).toString('base64url'), account, csrf: randomBytes(32).toString('base64url'), expires: t + ttlMs };
      live.set(session.id, session);
      return session;
    },
    of(request) {
      const id = readCookie(request.headers.cookie, SESSION_COOKIE);
      const session = id === undefined ? undefined : live.get(id);
      if (!session) return undefined;
      if (session.expires > now().getTime()) return session;
      live.delete(session.id);
      return undefined;
    },
    destroy: (id) => void live.delete(id),
  };
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** Plain http is only acceptable on the machine itself; behind a TLS proxy the proxy sets X-Forwarded-Proto. */
export function isLocalPlainHttp(request: HttpRequest): boolean {
  const host = (request.headers.host ?? '').replace(/:\d+$/, '');
  return ['localhost', '127.0.0.1', '[::1]'].includes(host) && (request.headers['x-forwarded-proto'] ?? 'http') === 'http';
}

/** The Set-Cookie value for a session, or one that deletes the cookie when `session` is undefined. */
export function toSessionCookie(session: Session | undefined, request: HttpRequest): string {
  const value = session ? `${SESSION_COOKIE}=${session.id}; Max-Age=${Math.floor(SESSION_TTL_MS / 1000)}` : `${SESSION_COOKIE}=; Max-Age=0`;
  return `${value}; HttpOnly; SameSite=Strict; Path=/console${isLocalPlainHttp(request) ? '' : '; Secure'}`;
}

/** Compares a submitted CSRF token with the session's in constant time (hashing first makes the lengths equal). */
export function isValidCsrf(session: Session, submitted: string | null | undefined): boolean {
  if (!submitted) return false;
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(session.csrf), digest(submitted));
}

/** A short one-way tag of a username for logs, so failed sign-ins can be correlated without naming anyone. */
export function toAccountTag(username: string): string {
  return createHash('sha256').update(`waymark-console:${username}`).digest('hex').slice(0, 12);
}
