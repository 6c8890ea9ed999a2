/**
 * Checks that a webhook call comes from Meta: the subscription handshake must carry the operator's verify token,
 * and every delivery must be signed with the app secret (`X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the
 * raw body>`). Both comparisons take the same time whatever the input, so a caller learns nothing by timing.
 * https://developers.facebook.com/docs/graph-api/webhooks/getting-started#verification-requests
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Compares two strings in constant time; hashing first makes lengths equal, so length leaks nothing either. */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** True for Meta's `hub.mode=subscribe` request carrying the configured verify token. */
export function isSubscription(query: Record<string, string | undefined>, verifyToken: string): boolean {
  return query['hub.mode'] === 'subscribe' && sameSecret(query['hub.verify_token'] ?? '', verifyToken);
}

/** True when `header` is `sha256=` followed by the HMAC-SHA256 of exactly these bytes under the app secret. */
export function isSignedByMeta(rawBody: Buffer, header: string, appSecret: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`, 'utf8');
  const given = Buffer.from(header.trim().toLowerCase(), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
