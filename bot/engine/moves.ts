/**
 * Conversation moves that are not advice: onboarding questions, greetings, the menu, asking for a person,
 * and deleting the user's data.
 */
import { toPayload } from './payload.js';
import type { Turn } from './context.js';

/** The topics offered in the menu: the most asked, plus finding help. At most 10 (WhatsApp list rows). */
export const MENU_TOPICS = [
  'tax-number',
  'work-permit',
  'residence-permit-renewal',
  'unpaid-wages',
  'employment-contract',
  'job-search',
  'language-courses',
  'legal-aid',
  'find-cso',
] as const;

export function askCountry(turn: Turn): void {
  turn.user.awaiting = 'country';
  turn.replies.push(turn.speaker.say(turn.language, 'ask-country', undefined, turn.speaker.countryButtons(turn.language)));
}

export function askLanguage(turn: Turn): void {
  turn.user.awaiting = 'language';
  const languages = turn.deps.knowledge.languages.filter((l) => l.classifier).map((l) => l.code);
  turn.replies.push(turn.speaker.say(turn.language, 'ask-language', undefined, turn.speaker.languageButtons(languages)));
}

export function setLanguage(turn: Turn, language: string): void {
  turn.user.language = language;
  turn.language = language;
  if (turn.user.awaiting === 'language') delete turn.user.awaiting;
  turn.replies.push(turn.speaker.say(language, 'language-set'));
}

export function showMenu(turn: Turn): void {
  const { speaker, language } = turn;
  turn.replies.push(speaker.say(language, 'menu-intro', undefined, [...speaker.topicButtons(language, MENU_TOPICS), speaker.humanButton(language)]));
}

export function greet(turn: Turn, firstContact: boolean): void {
  const { speaker, language } = turn;
  turn.replies.push(speaker.say(language, firstContact ? 'welcome' : 'greeting-reply'));
  if (!turn.user.country) askCountry(turn);
}

/** Offers a person. With volunteers connected, a button starts the hand-off; without, organisations are listed. */
export function offerHuman(turn: Turn): void {
  const { speaker, language } = turn;
  turn.replies.push(speaker.say(language, 'offer-human', undefined, [speaker.humanButton(language)]));
}

export function askForget(turn: Turn): void {
  const { speaker, language } = turn;
  turn.user.awaiting = 'forget-confirm';
  turn.replies.push(
    speaker.say(language, 'forget-confirm', undefined, [
      { label: speaker.t(language, 'button-delete'), payload: toPayload({ kind: 'forget', confirm: true }) },
      { label: speaker.t(language, 'button-keep'), payload: toPayload({ kind: 'forget', confirm: false }) },
    ]),
  );
}

/**
 * Erases the user's state and unlinks their unmet-need records; an open hand-off is closed first (the volunteers
 * are told) and its conversation erased. Returns true when the user is gone.
 */
export async function forget(turn: Turn): Promise<true> {
  const { deps, user } = turn;
  if (user.handoff && deps.handoff) await deps.handoff.endByUser(user.handoff, 'forgotten');
  turn.recent.forget(user.id);
  await deps.store.forgetUser(user.id, deps.recordHash(user.id));
  turn.replies.push(turn.speaker.say(turn.language, 'forget-done'));
  return true;
}
