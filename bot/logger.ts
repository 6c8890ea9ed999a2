/**
 * Structured logging (pino). Secrets and message text are removed by path; anything logged as text at debug
 * level goes through the personal-data redactor first.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

/** Fields that must never reach a log line in clear. */
export const REDACTED_PATHS = [
  'token',
  'secret',
  'password',
  'authorization',
  '*.token',
  '*.secret',
  '*.password',
  '*.authorization',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'phone',
  '*.phone',
  'email',
  '*.email',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { app: 'waymark' } }, destination);
}
