/**
 * HTML building blocks of the console: escaping, the page frame with its security headers, and the small pages
 * (sign-in, refusals). Everything interpolated goes through `esc`; the CSP allows no inline script or style.
 */
import type { HttpResponse } from '../../bot/server.js';

export const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** Escapes text for HTML content and double-quoted attributes. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface Frame {
  title: string;
  /** Shown with a sign-out button when signed in. */
  signedIn?: { username: string; organisation: string; csrf: string };
  /** Links to the console's sections this account may open. */
  nav?: ReadonlyArray<{ href: string; label: string }>;
  /** Seconds after which the browser reloads the page (the inbox, so new hand-offs appear). */
  refreshSeconds?: number;
}

export function toPage(frame: Frame, main: string): string {
  const header = frame.signedIn
    ? `<header><p>${esc(frame.signedIn.username)} · ${esc(frame.signedIn.organisation)}</p>${frame.nav?.length ? `<nav aria-label="Console">${frame.nav.map((n) => `<a href="${esc(n.href)}">${esc(n.label)}</a>`).join(' ')}</nav>` : ''}
<form method="post" action="/console/sign-out"><input type="hidden" name="csrf" value="${esc(frame.signedIn.csrf)}"><button type="submit">Sign out</button></form></header>`
    : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${frame.refreshSeconds ? `<meta http-equiv="refresh" content="${frame.refreshSeconds}">` : ''}
<title>${esc(frame.title)} · Waymark console</title>
<link rel="stylesheet" href="/console/console.css"><script type="module" src="/console/console.js"></script></head>
<body>${header}<main>
<h1>${esc(frame.title)}</h1>
${main}
</main></body></html>`;
}

export function htmlResponse(status: number, html: string, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', ...SECURITY_HEADERS, ...headers }, body: html };
}

export function redirect(location: string, headers: Record<string, string> = {}): HttpResponse {
  return { status: 303, headers: { location, ...SECURITY_HEADERS, ...headers }, body: '' };
}

/** A refusal or error as a page, with a link back; the message never echoes what was submitted. */
export function messagePage(status: number, title: string, message: string, frame: Omit<Frame, 'title'> = {}, back = { href: '/console/needs', label: 'Back to the unmet needs' }): HttpResponse {
  return htmlResponse(status, toPage({ ...frame, title }, `<p role="alert">${esc(message)}</p><p><a href="${esc(back.href)}">${esc(back.label)}</a></p>`));
}

export function signInPage(status: number, error?: string): HttpResponse {
  const alert = error ? `<p class="error" role="alert">${esc(error)}</p>` : '';
  return htmlResponse(
    status,
    toPage(
      { title: 'Sign in' },
      `${alert}<form method="post" action="/console/sign-in" class="sign-in">
<label for="username">Username</label><input id="username" name="username" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button></form>`,
    ),
  );
}
