/**
 * Assembles Waymark from configuration: knowledge, classifier, store and engine, validated at start-up so a
 * content or configuration mistake stops the bot with every problem listed, before any user is answered.
 */
import { join } from 'node:path';
import { loadClassifier, type Progress } from '../intents/load-classifier.js';
import type { TopicClassifier } from '../intents/classifier.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { loadKnowledgeOrThrow } from '../knowledge/load-knowledge.js';
import type { Config } from './config.js';
import { createEngine, type Engine } from './engine/engine.js';
import { existsSync } from 'node:fs';
import { createSpeaker } from './engine/speaker.js';
import { createHandoffDesk, type HandoffDesk } from './handoff/desk.js';
import { loadTeams } from './handoff/teams.js';
import { createSealer } from './seal.js';
import type { IncomingMessage, TurnResult } from './engine/types.js';
import type { Logger } from './logger.js';
import { createPseudonymiser, resolveSecret, toAlias, toRecordHash, type Pseudonymise } from './pseudonym.js';
import { redact } from './redact.js';
import { openFileStore } from './store/lowdb-store.js';
import type { Embed } from './needs/themes.js';
import type { Store } from './store/types.js';

export interface App {
  knowledge: KnowledgeBase;
  classifier: TopicClassifier;
  store: Store;
  engine: Engine;
  pseudonymise: Pseudonymise;
  /** The classifier's sentence embeddings, for the themes of the unmet-needs log. */
  embed: Embed;
  /** The hand-off to volunteers, when a teams file exists; channels attach to it. */
  handoff?: HandoffDesk;
  /** Handles a turn and writes the turn log line (channel, topic, score, milliseconds; no user text above debug). */
  handle(message: IncomingMessage): Promise<TurnResult>;
  close(): Promise<void>;
}

export interface AppOptions {
  root: string;
  config: Config;
  log: Logger;
  now?: () => Date;
  onProgress?: Progress;
  store?: Store;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { root, config, log } = options;
  const now = options.now ?? (() => new Date());
  const { knowledge, problems } = loadKnowledgeOrThrow(root, now());
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (warnings.length) log.warn({ warnings: warnings.length }, 'knowledge base has warnings; run `waymark kb check` for details');
  const { classifier, embedder, rebuilt } = await loadClassifier(root, config.dataDir, config.model, options.onProgress);
  if (rebuilt) log.info({ model: config.model.model }, 'bundled embedding model rebuilt from the training examples');
  const store = options.store ?? (await openFileStore(join(config.dataDir, 'store.json')));
  const secret = resolveSecret(config.pseudonymSecret, config.dataDir);
  const recordHash = (user: string): string => toRecordHash(secret, user);
  const handoff = existsSync(config.handoff.teamsFile)
    ? createHandoffDesk({
        store,
        knowledge,
        speaker: createSpeaker(knowledge),
        teams: loadTeams(config.handoff.teamsFile, new Set(knowledge.topics.advice)),
        now,
        log,
        sealer: createSealer(secret),
        alias: (user) => toAlias(secret, user),
        recordHash,
        redact,
        replyTimeoutMs: config.handoff.replyTimeoutMs,
        idleMs: config.handoff.idleMs,
      })
    : undefined;
  const engine = createEngine({
    knowledge,
    classify: (text) => classifier.classify(text),
    store,
    now,
    recordHash,
    redact,
    languageSwitchConfidence: classifier.settings.language_switch_confidence,
    ...(handoff ? { handoff } : {}),
  });
  const handle = async (message: IncomingMessage): Promise<TurnResult> => {
    const started = performance.now();
    const result = await engine.handle(message);
    log.info(
      { channel: message.channel, topic: result.topic, score: result.confidence && Math.round(result.confidence * 1000) / 1000, language: result.language, ms: Math.round(performance.now() - started) },
      'turn',
    );
    if (message.text) log.debug({ text: redact(message.text) }, 'turn text');
    return result;
  };
  return {
    knowledge,
    classifier,
    store,
    engine,
    pseudonymise: createPseudonymiser(secret),
    embed: (texts) => embedder.embed(texts),
    ...(handoff ? { handoff } : {}),
    handle,
    close: () => embedder.dispose(),
  };
}
