/**
 * Button payloads: short, versioned strings, so a button pressed in an old message still means what it meant,
 * and unknown versions are recognised instead of misread. Format: `1:<kind>[:<arg>[:<arg>]]`.
 */

export const PAYLOAD_VERSION = '1';

export type Action =
  | { kind: 'country'; country: string }
  | { kind: 'language'; language: string }
  | { kind: 'fallback-language'; language: string }
  | { kind: 'topic'; topic: string }
  | { kind: 'feedback'; helped: boolean; topic: string }
  | { kind: 'human' }
  | { kind: 'menu' }
  | { kind: 'forget'; confirm: boolean }
  | { kind: 'consent'; choice: 'yes' | 'name' | 'no' }
  | { kind: 'back-to-bot' };

const CODES: Record<Action['kind'], string> = {
  country: 'c',
  language: 'l',
  'fallback-language': 'fl',
  topic: 't',
  feedback: 'f',
  human: 'h',
  menu: 'm',
  forget: 'x',
  consent: 'hc',
  'back-to-bot': 'b',
};

const CONSENT_CODES = { yes: 'y', name: 'n+', no: 'n' } as const;

export function toPayload(action: Action): string {
  const code = CODES[action.kind];
  switch (action.kind) {
    case 'country':
      return `${PAYLOAD_VERSION}:${code}:${action.country}`;
    case 'language':
    case 'fallback-language':
      return `${PAYLOAD_VERSION}:${code}:${action.language}`;
    case 'topic':
      return `${PAYLOAD_VERSION}:${code}:${action.topic}`;
    case 'feedback':
      return `${PAYLOAD_VERSION}:${code}:${action.helped ? 'y' : 'n'}:${action.topic}`;
    case 'forget':
      return `${PAYLOAD_VERSION}:${code}:${action.confirm ? 'y' : 'n'}`;
    case 'consent':
      return `${PAYLOAD_VERSION}:${code}:${CONSENT_CODES[action.choice]}`;
    default:
      return `${PAYLOAD_VERSION}:${code}`;
  }
}

/** The action of a payload, or undefined for a payload of another version or shape. */
export function fromPayload(payload: string): Action | undefined {
  const [version, code, a, b] = payload.split(':');
  if (version !== PAYLOAD_VERSION) return undefined;
  const arg = a ?? '';
  switch (code) {
    case 'c':
      return /^[A-Z]{2}$/.test(arg) ? { kind: 'country', country: arg } : undefined;
    case 'l':
      return /^[a-z]{2,3}$/.test(arg) ? { kind: 'language', language: arg } : undefined;
    case 'fl':
      return /^[a-z]{2,3}$/.test(arg) ? { kind: 'fallback-language', language: arg } : undefined;
    case 't':
      return /^[a-z-]+$/.test(arg) ? { kind: 'topic', topic: arg } : undefined;
    case 'f':
      return (arg === 'y' || arg === 'n') && b && /^[a-z-]+$/.test(b) ? { kind: 'feedback', helped: arg === 'y', topic: b } : undefined;
    case 'h':
      return { kind: 'human' };
    case 'm':
      return { kind: 'menu' };
    case 'x':
      return arg === 'y' || arg === 'n' ? { kind: 'forget', confirm: arg === 'y' } : undefined;
    case 'hc': {
      const choice = (Object.keys(CONSENT_CODES) as Array<keyof typeof CONSENT_CODES>).find((k) => CONSENT_CODES[k] === arg);
      return choice ? { kind: 'consent', choice } : undefined;
    }
    case 'b':
      return { kind: 'back-to-bot' };
    default:
      return undefined;
  }
}
