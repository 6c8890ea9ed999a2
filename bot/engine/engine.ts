/**
 * The conversation engine: one message in, replies out, for any channel. It imports no SDK; adapters translate.
 * Turns of one user run one at a time, and the user's state is saved once at the end of each turn.
 */
import type { Classification } from '../../intents/classifier.js';
import { answerTopic, clarify, notCovered } from './answers.js';
import { hourOf } from '../hour.js';
import { recordUnmetNeed, type EngineDeps, type Turn } from './context.js';
import { createKeyedLock } from './keyed-lock.js';
import { chooseLanguage, isSupported } from './language-choice.js';
import { canHandOff, duringHandoff, onConsent, openHandoff, startHuman } from './handoff-moves.js';
import { askCountry, askForget, askLanguage, forget, greet, setLanguage, showMenu } from './moves.js';
import { fromPayload, type Action } from './payload.js';
import { createPhraseMatcher } from './phrases.js';
import { createRecentTurns } from './recent-turns.js';
import { replyEmergency } from './safety.js';
import { createSpeaker } from './speaker.js';
import type { IncomingMessage, TurnResult } from './types.js';
import type { UserState } from '../store/types.js';
import { commandOf, MAX_CLASSIFIED_CHARS, sanitize } from './text.js';

export { MAX_CLASSIFIED_CHARS, sanitize } from './text.js';

export interface Engine {
  handle(message: IncomingMessage): Promise<TurnResult>;
}

export function createEngine(deps: EngineDeps): Engine {
  const speaker = createSpeaker(deps.knowledge);
  const phrases = createPhraseMatcher(deps.knowledge.phrases);
  const lock = createKeyedLock();
  const recent = createRecentTurns();

  const setCountry = async (turn: Turn, country: string): Promise<void> => {
    turn.user.country = country;
    if (turn.user.awaiting === 'country') delete turn.user.awaiting;
    const pending = turn.user.pendingTopic;
    delete turn.user.pendingTopic;
    const handoff = turn.user.pendingHandoff;
    delete turn.user.pendingHandoff;
    if (pending) await answerTopic(turn, pending);
    else turn.replies.push(speaker.say(turn.language, 'country-set', { country: speaker.countryName(turn.language, country) }));
    if (handoff) await startHuman(turn, handoff);
  };

  const onAction = async (turn: Turn, action: Action): Promise<boolean> => {
    switch (action.kind) {
      case 'country':
        if (deps.knowledge.countries.some((c) => c.code === action.country)) await setCountry(turn, action.country);
        else askCountry(turn);
        return false;
      case 'language':
        if (isSupported(deps.knowledge, action.language)) setLanguage(turn, action.language);
        else askLanguage(turn);
        return false;
      case 'fallback-language': {
        turn.user.fallbackLanguage = action.language;
        delete turn.user.awaiting;
        const pending = turn.user.pendingTopic;
        delete turn.user.pendingTopic;
        if (pending) await answerTopic(turn, pending);
        return false;
      }
      case 'topic':
        await answerTopic(turn, action.topic);
        return false;
      case 'feedback':
        if (action.helped) turn.replies.push(speaker.say(turn.language, 'feedback-thanks'));
        else {
          turn.replies.push(speaker.say(turn.language, 'feedback-sorry'));
          await recordUnmetNeed(turn, 'not-helpful', { topic: action.topic });
          await startHuman(turn, 'not-helpful');
        }
        return false;
      case 'human':
        await startHuman(turn, 'asked');
        return false;
      case 'menu':
        showMenu(turn);
        return false;
      case 'forget':
        if (action.confirm) return forget(turn);
        delete turn.user.awaiting;
        turn.replies.push(speaker.say(turn.language, 'forget-cancelled'));
        return false;
      case 'consent':
        await onConsent(turn, action.choice);
        return false;
      case 'back-to-bot':
        showMenu(turn);
        return false;
    }
  };

  const onCommand = async (turn: Turn, command: string, firstContact: boolean): Promise<boolean> => {
    switch (command) {
      case 'start':
        greet(turn, firstContact || !turn.user.country);
        return false;
      case 'help':
        turn.replies.push(speaker.say(turn.language, 'help'));
        return false;
      case 'language':
        askLanguage(turn);
        return false;
      case 'country':
        askCountry(turn);
        return false;
      case 'forget':
        return forget(turn);
      case 'human':
        return onAction(turn, { kind: 'human' });
      case 'menu':
      case 'bot':
        return onAction(turn, { kind: 'menu' });
      default:
        turn.replies.push(speaker.say(turn.language, 'help'));
        return false;
    }
  };

  const onText = async (turn: Turn, text: string, firstContact: boolean, hint: string | undefined): Promise<boolean> => {
    recent.add(turn.user.id, text, deps.now());
    const classification: Classification = await deps.classify(text.slice(0, MAX_CLASSIFIED_CHARS));
    turn.language = chooseLanguage(deps.knowledge, turn.user.language, hint, classification, deps.languageSwitchConfidence);
    turn.user.language = turn.language;
    turn.topic = classification.topic;
    turn.confidence = classification.confidence;
    if (text.length > MAX_CLASSIFIED_CHARS) turn.replies.push(speaker.say(turn.language, 'long-message'));
    if (classification.topic === 'emergency' && !phrases.isOnlyForgetRequest(text)) {
      const handOff = canHandOff(turn);
      await replyEmergency(turn, !handOff);
      if (handOff) await startHuman(turn, 'emergency');
      return false;
    }
    if (phrases.isForgetRequest(text)) {
      askForget(turn);
      return false;
    }
    const named = phrases.country(text);
    switch (classification.topic) {
      case 'greeting':
        greet(turn, firstContact);
        return false;
      case 'thanks':
        turn.replies.push(speaker.say(turn.language, 'thanks-reply'));
        return false;
      case 'talk-to-human':
        return onAction(turn, { kind: 'human' });
      case 'menu':
        return onAction(turn, { kind: 'menu' });
      case 'change-language': {
        const language = phrases.language(text);
        if (isSupported(deps.knowledge, language)) setLanguage(turn, language);
        else askLanguage(turn);
        return false;
      }
      case 'change-country':
        if (named) await setCountry(turn, named);
        else askCountry(turn);
        return false;
      case 'none':
        if (turn.user.awaiting === 'country' && named) {
          await setCountry(turn, named);
          return false;
        }
        await notCovered(turn, text, classification);
        return false;
      default:
        if (named) turn.user.country = named;
        if (classification.ambiguous && turn.user.country) clarify(turn, classification);
        else await answerTopic(turn, classification.topic, text, classification);
        return false;
    }
  };

  const run = async (message: IncomingMessage): Promise<TurnResult> => {
    const stored = await deps.store.getUser(message.user);
    const firstContact = stored === undefined;
    const user: UserState = stored ?? { id: message.user, noneStreak: 0, updatedAt: hourOf(deps.now()) };
    const hint = message.languageHint;
    const turn: Turn = {
      deps,
      speaker,
      phrases,
      recent,
      message,
      channel: message.channel,
      user,
      language: user.language ?? chooseLanguage(deps.knowledge, undefined, hint, undefined, 1),
      replies: [],
    };
    let forgotten = false;
    const current = user.handoff && deps.handoff ? await deps.handoff.get(user.handoff) : undefined;
    // Replies a volunteer sent while WhatsApp's window was closed reach the user now that they wrote.
    if (current?.pending.length && deps.handoff) turn.replies.push(...(await deps.handoff.takePending(current.id)));
    const handoff = openHandoff(turn, current);
    if (handoff) {
      forgotten = await duringHandoff(turn, handoff);
    } else if (message.payload !== undefined) {
      const action = fromPayload(message.payload);
      if (action) forgotten = await onAction(turn, action);
      else showMenu(turn);
    } else if (message.media) {
      turn.replies.push(speaker.say(turn.language, 'unsupported-media', { kind: message.media }));
    } else {
      const text = sanitize(message.text ?? '');
      const command = commandOf(text);
      if (text.length === 0) turn.replies.push(speaker.say(turn.language, 'empty-message'));
      else if (command) forgotten = await onCommand(turn, command, firstContact);
      else forgotten = await onText(turn, text, firstContact, hint);
    }
    if (!forgotten) {
      if (!turn.user.language) turn.user.language = turn.language;
      turn.user.updatedAt = hourOf(deps.now());
      await deps.store.saveUser(turn.user);
    }
    return {
      replies: turn.replies,
      language: turn.language,
      ...(turn.topic ? { topic: turn.topic } : {}),
      ...(turn.confidence !== undefined ? { confidence: turn.confidence } : {}),
    };
  };

  return { handle: (message) => lock(message.user, () => run(message)) };
}
