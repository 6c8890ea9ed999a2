/**
 * Sends messages through the Cloud API (`POST <apiBase>/<phone-number-id>/messages`) with Node's fetch. Temporary
 * failures (5xx, 429, Meta's throttling codes, network errors) are retried a bounded number of times with
 * growing pauses; every other error is logged with Meta's code and not retried, because sending the same body
 * again would fail the same way. Error codes:
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
 */
import type { Logger } from '../../bot/logger.js';
import type { GraphMessage } from './to-graph-messages.js';

/** Meta's "more than 24 hours since the user last wrote": only a template may be sent now. */
export const OUTSIDE_WINDOW = 131047;

/** Codes Meta documents as temporary: service unavailable, throttling, too many messages to one user. */
const TEMPORARY_CODES = new Set([1, 2, 4, 80007, 130429, 131000, 131016, 131056]);

/** Pauses before the 2nd, 3rd and 4th attempt; then the message is given up. */
const RETRY_DELAYS_MS = [300, 1200, 3000] as const;
const MAX_RETRY_AFTER_MS = 30_000;
const REQUEST_TIMEOUT_MS = 15_000;

export type SendOutcome = 'sent' | 'outside-window' | 'rejected' | 'gave-up';

export interface GraphClient {
  send(message: GraphMessage): Promise<SendOutcome>;
}

export interface GraphClientOptions {
  apiBase: string;
  phoneNumberId: string;
  accessToken: string;
  log: Logger;
}

interface GraphError {
  code?: number;
  error_subcode?: number;
  type?: string;
  message?: string;
  fbtrace_id?: string;
}

async function readError(response: Response): Promise<GraphError> {
  try {
    const body = (await response.json()) as { error?: GraphError };
    return body.error ?? {};
  } catch {
    return {};
  }
}

function retryAfterMs(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, MAX_RETRY_AFTER_MS) : undefined;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Fixes the operator can apply, for the errors a misconfigured installation meets first. */
function hintFor(code: number | undefined): string | undefined {
  if (code === 190) return 'the access token is invalid or expired: set a new WHATSAPP_ACCESS_TOKEN (a System User token does not expire)';
  if (code === 10 || code === 200) return 'the access token lacks the whatsapp_business_messaging permission';
  if (code === 100) return 'Meta refused a parameter (see error); if every message fails, check WHATSAPP_PHONE_NUMBER_ID in the WhatsApp Manager';
  if (code === 131030) return 'test numbers can only message recipients on the allowed list in the Meta app dashboard';
  return undefined;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const url = `${options.apiBase}/${options.phoneNumberId}/messages`;
  const log = options.log;

  const attempt = async (message: GraphMessage): Promise<{ outcome: SendOutcome | 'retry'; waitMs?: number }> => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'whatsapp: Graph API unreachable; will retry');
      return { outcome: 'retry' };
    }
    if (response.ok) {
      await response.body?.cancel();
      return { outcome: 'sent' };
    }
    const error = await readError(response);
    const fields = { status: response.status, code: error.code, subcode: error.error_subcode, type: error.type, fbtrace_id: error.fbtrace_id, messageType: message.type };
    if (error.code === OUTSIDE_WINDOW) {
      log.warn(fields, 'whatsapp: message dropped, more than 24 hours since the user last wrote (error 131047); only a template may be sent now');
      return { outcome: 'outside-window' };
    }
    if (response.status >= 500 || response.status === 429 || (error.code !== undefined && TEMPORARY_CODES.has(error.code))) {
      log.warn({ ...fields, error: error.message }, 'whatsapp: Graph API temporarily failed; will retry');
      const waitMs = retryAfterMs(response);
      return waitMs === undefined ? { outcome: 'retry' } : { outcome: 'retry', waitMs };
    }
    const hint = hintFor(error.code);
    log.error({ ...fields, error: error.message, ...(hint ? { hint } : {}) }, `whatsapp: Graph API refused the message (code ${error.code ?? 'none'}); not retried`);
    return { outcome: 'rejected' };
  };

  return {
    async send(message) {
      for (let tries = 0; ; tries++) {
        const { outcome, waitMs } = await attempt(message);
        if (outcome !== 'retry') return outcome;
        const delay = RETRY_DELAYS_MS[tries];
        if (delay === undefined) {
          log.error({ attempts: tries + 1 }, 'whatsapp: message given up after repeated temporary failures of the Graph API');
          return 'gave-up';
        }
        await pause(Math.max(delay, waitMs ?? 0));
      }
    },
  };
}
