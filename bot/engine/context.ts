/**
 * What every part of a turn needs: the dependencies, the user's state being edited, and the replies so far.
 * Handlers push replies and change `user`; the engine saves the state once at the end of the turn.
 */
import type { Classification } from '../../intents/classifier.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { HandoffDesk } from '../handoff/desk.js';
import { newUnmetNeed, roundScore } from '../needs/new-record.js';
import type { Store, UnmetNeed, UserState } from '../store/types.js';
import type { PhraseMatcher } from './phrases.js';
import type { RecentTurns } from './recent-turns.js';
import type { Speaker } from './speaker.js';
import type { IncomingMessage, Reply } from './types.js';

/** The classifier as the engine needs it: text in, classification out. */
export type Classify = (text: string) => Promise<Classification>;

/**
 * Connects the engine to human volunteers (bot/handoff/desk.ts). Optional: without it, "talk to a person" lists
 * organisations to contact directly, and says honestly that volunteers are not connected.
 */
export type HandoffPort = Pick<
  HandoffDesk,
  'reachable' | 'organisationsFor' | 'get' | 'request' | 'consent' | 'decline' | 'relayFromUser' | 'markPriority' | 'endByUser' | 'takePending'
>;

export interface EngineDeps {
  knowledge: KnowledgeBase;
  classify: Classify;
  store: Store;
  /** Injected clock, so tests can move time. */
  now: () => Date;
  /** Salted hash of a pseudonym for unmet-need records (see pseudonym.ts). */
  recordHash: (user: string) => string;
  /** Removes personal data from text before it is stored. */
  redact: (text: string) => string;
  /** Below this language-ID confidence, a message does not switch the conversation language. */
  languageSwitchConfidence: number;
  handoff?: HandoffPort;
}

export interface Turn {
  deps: EngineDeps;
  speaker: Speaker;
  phrases: PhraseMatcher;
  recent: RecentTurns;
  /** The message being handled (for the channel address and name a hand-off may need, with consent). */
  message: IncomingMessage;
  channel: string;
  user: UserState;
  /** The language this turn replies in. */
  language: string;
  replies: Reply[];
  topic?: string;
  confidence?: number;
}

export async function recordUnmetNeed(
  turn: Turn,
  reason: UnmetNeed['reason'],
  details: { question?: string; topic?: string; classification?: Classification },
): Promise<void> {
  const { deps, user } = turn;
  const c = details.classification;
  const candidates = c
    ? [...(c.topic !== 'none' ? [{ topic: c.topic, score: c.confidence }] : []), ...c.alternatives.map((a) => ({ topic: a.topic, score: a.confidence }))]
        .slice(0, 3)
        .map((x) => ({ topic: x.topic, score: roundScore(x.score) }))
    : [];
  await deps.store.addUnmetNeed(
    newUnmetNeed(
      {
        channel: turn.channel,
        ...(user.country ? { country: user.country } : {}),
        language: turn.language,
        reason,
        ...(details.topic ? { topic: details.topic } : {}),
        candidates,
        ...(details.question ? { question: details.question } : {}),
        user: user.id,
      },
      deps,
    ),
  );
}
