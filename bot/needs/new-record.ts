/**
 * A new unmet-need record, made the same way wherever a need is noticed (the engine, the hand-off desk): a random
 * id, the time rounded down to the hour, the question redacted and cut to 500 characters, and the person only
 * as a salted hash.
 */
import { randomUUID } from 'node:crypto';
import { hourOf } from '../hour.js';
import type { UnmetNeed } from '../store/types.js';

/** Questions longer than this are cut: the beginning says what was needed. */
const MAX_QUESTION = 500;

export interface NeedSource {
  channel: string;
  country?: string;
  language: string;
  reason: UnmetNeed['reason'];
  topic?: string;
  candidates: UnmetNeed['candidates'];
  question?: string;
  /** The pseudonym of the person who asked, when still known; stored only as `recordHash(user)`. */
  user?: string;
}

export interface NeedRecording {
  now: () => Date;
  redact: (text: string) => string;
  recordHash: (user: string) => string;
}

/** Rounds scores to three decimals: enough to compare candidates, no more. */
export const roundScore = (score: number): number => Math.round(score * 1000) / 1000;

export function newUnmetNeed(source: NeedSource, deps: NeedRecording): UnmetNeed {
  return {
    id: randomUUID(),
    at: hourOf(deps.now()),
    channel: source.channel,
    ...(source.country ? { country: source.country } : {}),
    language: source.language,
    reason: source.reason,
    ...(source.topic ? { topic: source.topic } : {}),
    candidates: source.candidates,
    ...(source.question ? { question: deps.redact(source.question).slice(0, MAX_QUESTION) } : {}),
    ...(source.user ? { userHash: deps.recordHash(source.user) } : {}),
  };
}
