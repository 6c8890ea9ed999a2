/**
 * Answering an advice topic for the user's country in the user's language; when the text is missing in that
 * language, saying so and using the language the user chose as a fallback (asked once, then remembered).
 */
import type { Classification } from '../../intents/classifier.js';
import type { CountryCode } from '../../knowledge/schema/common.js';
import { recordUnmetNeed, type Turn } from './context.js';
import { canHandOff, startHuman } from './handoff-moves.js';
import { askCountry, offerHuman } from './moves.js';
import { toPayload } from './payload.js';
import { renderAnswer } from './render-answer.js';
import { exploitationPreface } from './safety.js';

/** How many fallback languages to offer as buttons; English is always among them when available. */
const FALLBACK_CHOICES = 5;

export async function answerTopic(turn: Turn, topic: string, question?: string, classification?: Classification): Promise<void> {
  const { deps, speaker, user } = turn;
  turn.topic = topic;
  if (!user.country) {
    user.pendingTopic = topic;
    askCountry(turn);
    return;
  }
  const country = user.country as CountryCode;
  const answer = deps.knowledge.answer(topic, country);
  const language = turn.language;
  if (topic === 'exploitation-trafficking') turn.replies.push(speaker.reply(language, exploitationPreface(turn)));
  if (!answer) {
    turn.replies.push(speaker.say(language, 'answer-missing-country', { country: speaker.countryName(language, country) }));
    offerHuman(turn);
    await recordUnmetNeed(turn, 'missing-answer', { topic, ...(question ? { question } : {}), ...(classification ? { classification } : {}) });
    return;
  }
  let textLanguage = language;
  if (!answer.texts[language]) {
    const fallback = user.fallbackLanguage;
    if (fallback && answer.texts[fallback]) {
      textLanguage = fallback;
      turn.replies.push(
        speaker.say(language, 'answer-missing-language', { language: speaker.languageName(language), fallback: speaker.languageName(fallback) }),
      );
    } else {
      const available = Object.keys(answer.texts).sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a < b ? -1 : 1));
      user.awaiting = 'fallback-language';
      user.pendingTopic = topic;
      turn.replies.push(
        speaker.say(
          language,
          'ask-fallback-language',
          { language: speaker.languageName(language) },
          available.slice(0, FALLBACK_CHOICES).map((code) => ({ label: speaker.languageName(code), payload: toPayload({ kind: 'fallback-language', language: code }) })),
        ),
      );
      await recordUnmetNeed(turn, 'missing-language', { topic });
      return;
    }
  }
  const organisations = answer.organisations.map((id) => deps.knowledge.organisation(id)).filter((o) => o !== undefined);
  turn.replies.push(speaker.reply(textLanguage, renderAnswer(speaker, answer, textLanguage, organisations, deps.now())));
  user.lastTopic = topic;
  user.noneStreak = 0;
  turn.replies.push(
    speaker.say(
      language,
      'feedback-question',
      undefined,
      speaker.yesNo(language, toPayload({ kind: 'feedback', helped: true, topic }), toPayload({ kind: 'feedback', helped: false, topic })),
    ),
  );
}

/** Several topics are close: ask which one was meant. */
export function clarify(turn: Turn, classification: Classification): void {
  const advice = new Set(turn.deps.knowledge.topics.advice);
  const topics = [classification.topic, ...classification.alternatives.map((a) => a.topic)].filter((t) => advice.has(t)).slice(0, 3);
  turn.replies.push(turn.speaker.say(turn.language, 'clarify', undefined, turn.speaker.topicButtons(turn.language, topics)));
}

/** Not covered: say so honestly, offer a person, and record the need (de-identified). */
export async function notCovered(turn: Turn, question: string, classification: Classification): Promise<void> {
  turn.user.noneStreak += 1;
  turn.replies.push(turn.speaker.say(turn.language, 'not-covered'));
  await recordUnmetNeed(turn, 'none', { question, classification });
  // Twice in a row: rather than offering again, ask straight away whether a volunteer may take over.
  if (turn.user.noneStreak >= 2 && canHandOff(turn)) await startHuman(turn, 'none-twice');
  else offerHuman(turn);
}
