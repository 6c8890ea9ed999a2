/**
 * Signing in and out of the console. A wrong username or password gets the same generic message and takes the
 * same scrypt time (an unknown user is checked against a throwaway hash); the log names the account only by tag.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from '../../bot/logger.js';
import type { HttpRequest, HttpResponse, HttpServer } from '../../bot/server.js';
import { hashPassword, verifyPassword, type ConsoleAccount } from './accounts.js';
import { messagePage, redirect, signInPage } from './html.js';
import { isValidCsrf, toAccountTag, toSessionCookie, type Session, type Sessions } from './sessions.js';

export interface AuthDeps {
  server: HttpServer;
  sessions: Sessions;
  accounts: readonly ConsoleAccount[];
  log: Logger;
}

export const readForm = (request: HttpRequest): URLSearchParams => new URLSearchParams(request.rawBody.toString('utf8'));

/** Browsers say where a POST came from; a cross-site one is refused even before sign-in (login CSRF). */
export const isCrossSite = (request: HttpRequest): boolean => (request.headers['sec-fetch-site'] ?? 'same-origin') !== 'same-origin';

/** The session of a POST whose CSRF token matches, or the 403 to send. */
export function checkPost(request: HttpRequest, form: URLSearchParams, sessions: Sessions, log: Logger): Session | HttpResponse {
  const session = sessions.of(request);
  if (!session || isCrossSite(request) || !isValidCsrf(session, form.get('csrf') ?? request.headers['x-csrf-token'])) {
    log.warn({ path: request.path, signedIn: Boolean(session) }, 'console: POST refused (no session or CSRF token mismatch)');
    return messagePage(403, 'Not allowed', 'This form has expired or did not come from this page. Reload the page and try again.');
  }
  return session;
}

/** Coordinators start at the unmet-needs log, volunteers at their team's inbox. */
export const homeOf = (account: ConsoleAccount): string => (account.role === 'coordinator' ? '/console/needs' : '/console/inbox');

export function registerAuthRoutes(deps: AuthDeps): void {
  const { server, sessions, accounts, log } = deps;
  let decoy: Promise<string> | undefined;
  server.route('GET', '/console', async (request) => {
    const session = sessions.of(request);
    return session ? redirect(homeOf(session.account)) : signInPage(200);
  });
  server.route('POST', '/console/sign-in', async (request) => {
    if (isCrossSite(request)) return messagePage(403, 'Not allowed', 'Sign in from the console page itself.');
    const form = readForm(request);
    const username = (form.get('username') ?? '').trim().toLowerCase();
    const password = form.get('password') ?? '';
    const account = accounts.find((a) => a.username === username);
    decoy ??= hashPassword(randomBytes(16).toString('hex'));
    const ok = await verifyPassword(password, account?.passwordHash ?? (await decoy));
    if (!account || !ok) {
      log.warn({ account: toAccountTag(username), known: Boolean(account) }, 'console: sign-in failed');
      return signInPage(401, 'The username or password is not right.');
    }
    const session = sessions.create(account);
    log.info({ account: toAccountTag(username), role: account.role }, 'console: signed in');
    return redirect(homeOf(account), { 'set-cookie': toSessionCookie(session, request) });
  });
  server.route('POST', '/console/sign-out', async (request) => {
    const checked = checkPost(request, readForm(request), sessions, log);
    if (!('account' in checked)) return checked;
    sessions.destroy(checked.id);
    return redirect('/console', { 'set-cookie': toSessionCookie(undefined, request) });
  });
}
