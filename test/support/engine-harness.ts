/**
 * A real engine over the repository's knowledge base, the shared classifier and an in-memory store, with a
 * controllable clock: what the engine tests drive.
 */
import { createEngine, type Engine } from '../../bot/engine/engine.js';
import type { HandoffPort } from '../../bot/engine/context.js';
import type { IncomingMessage, TurnResult } from '../../bot/engine/types.js';
import { toRecordHash } from '../../bot/pseudonym.js';
import { redact } from '../../bot/redact.js';
import { openMemoryStore } from '../../bot/store/lowdb-store.js';
import type { Store } from '../../bot/store/types.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import { loadKnowledge } from '../../knowledge/load-knowledge.js';
import { PROJECT_ROOT } from '../../knowledge/project-root.js';
import { sharedClassifier } from './classifier.js';

export const SECRET = 'test-secret-test-secret-test-secret';

export interface Harness {
  engine: Engine;
  store: Store;
  knowledge: KnowledgeBase;
  clock: { now: Date };
  send(user: string, text: string, extra?: Partial<IncomingMessage>): Promise<TurnResult>;
  press(user: string, payload: string, extra?: Partial<IncomingMessage>): Promise<TurnResult>;
  /** The text of every reply of a turn, joined. */
  text(result: TurnResult): string;
}

export async function createHarness(
  options: {
    store?: Store;
    handoff?: HandoffPort;
    now?: Date;
    clock?: { now: Date };
    /** Replaces the classifier's answer, to put the engine in front of a misclassification. */
    overrideTopic?: (text: string) => string | undefined;
  } = {},
): Promise<Harness> {
  const { classifier } = await sharedClassifier();
  const { knowledge } = loadKnowledge(PROJECT_ROOT);
  const store = options.store ?? (await openMemoryStore());
  const clock = options.clock ?? { now: options.now ?? new Date('2026-11-23T09:30:00Z') };
  const engine = createEngine({
    knowledge,
    classify: async (text) => {
      const found = await classifier.classify(text);
      const topic = options.overrideTopic?.(text);
      return topic ? { ...found, topic, confidence: 0.9 } : found;
    },
    store,
    now: () => clock.now,
    recordHash: (user) => toRecordHash(SECRET, user),
    redact,
    languageSwitchConfidence: classifier.settings.language_switch_confidence,
    ...(options.handoff ? { handoff: options.handoff } : {}),
  });
  return {
    engine,
    store,
    knowledge,
    clock,
    send: (user, text, extra = {}) => engine.handle({ channel: 'test', user, text, ...extra }),
    press: (user, payload, extra = {}) => engine.handle({ channel: 'test', user, payload, ...extra }),
    text: (result) => result.replies.map((r) => r.text).join('\n---\n'),
  };
}
