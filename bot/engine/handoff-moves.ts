/**
 * The user's side of a hand-off to volunteers: asking for consent (what volunteers will see, which
 * organisations, how to stop), connecting, staying quiet while a volunteer helps (except for safety), and going
 * back to the bot. The desk (bot/handoff/desk.ts) keeps the hand-off's state; this file only talks to the user.
 */
import { isOpenHandoff, type HandoffReason, type HandoffRecord } from '../store/handoff-record.js';
import type { CountryCode } from '../../knowledge/schema/common.js';
import { recordUnmetNeed, type Turn } from './context.js';
import { askCountry, askForget, forget, showMenu } from './moves.js';
import { fromPayload, toPayload } from './payload.js';
import { directContacts } from './render-answer.js';
import { replyEmergency } from './safety.js';
import { commandOf, MAX_CLASSIFIED_CHARS, sanitize } from './text.js';

/** Topics whose hand-offs go first in every queue: emergencies, violence and exploitation. */
const PRIORITY_TOPICS: ReadonlySet<string> = new Set(['emergency', 'exploitation-trafficking']);

/** Whether a hand-off can be offered in this turn: volunteers are connected and the channel can reach the user later. */
export function canHandOff(turn: Turn): boolean {
  return Boolean(turn.deps.handoff?.reachable(turn.channel)) && turn.message.address !== undefined;
}

/** Without volunteers: a sentence (`key`) and organisations the user can contact directly. */
function contactsInstead(turn: Turn, key: string): void {
  const { speaker, language, user, deps } = turn;
  const contacts = user.country ? directContacts(speaker, deps.knowledge, language, user.country as CountryCode) : undefined;
  if (!user.country) {
    turn.replies.push(speaker.say(language, key));
    askCountry(turn);
  } else turn.replies.push(contacts ? speaker.reply(language, `${speaker.t(language, key)}\n${contacts}`) : speaker.say(language, 'no-organisations'));
}

const backButton = (turn: Turn): { label: string; payload: string } => ({ label: turn.speaker.t(turn.language, 'button-back-to-bot'), payload: toPayload({ kind: 'back-to-bot' }) });

/** Starts a hand-off by asking for consent; without volunteers, lists organisations to contact. */
export async function startHuman(turn: Turn, reason: HandoffReason): Promise<void> {
  const { deps, speaker, language, user } = turn;
  const desk = deps.handoff;
  if (!desk || !canHandOff(turn)) {
    contactsInstead(turn, 'handoff-unavailable');
    return;
  }
  if (!user.country) {
    user.pendingHandoff = reason;
    turn.replies.push(speaker.say(language, 'handoff-country-first'));
    askCountry(turn);
    return;
  }
  const organisations = desk.organisationsFor(user.country);
  if (organisations.length === 0) {
    await recordUnmetNeed(turn, 'handoff-no-team', {});
    contactsInstead(turn, 'handoff-no-team');
    return;
  }
  if (user.handoff) await desk.decline(user.handoff);
  const advice = new Set(deps.knowledge.topics.advice);
  const thisTurn = turn.topic && advice.has(turn.topic) ? turn.topic : undefined;
  const topic = thisTurn ?? (user.lastTopic && advice.has(user.lastTopic) ? user.lastTopic : undefined);
  const priority = reason === 'emergency' || PRIORITY_TOPICS.has(topic ?? '');
  const handoff = await desk.request({
    user: user.id,
    channel: turn.channel,
    reason,
    priority,
    country: user.country,
    language,
    ...(topic ? { topic } : {}),
    ...(thisTurn && turn.confidence !== undefined ? { confidence: turn.confidence } : {}),
  });
  user.handoff = handoff.id;
  user.awaiting = 'handoff-consent';
  const t = (key: string): string => speaker.t(language, key);
  turn.replies.push(
    speaker.say(language, priority ? 'handoff-consent-priority' : 'handoff-consent', { organisations: organisations.join(', ') }, [
      { label: t('button-consent-yes'), payload: toPayload({ kind: 'consent', choice: 'yes' }) },
      { label: t('button-consent-name'), payload: toPayload({ kind: 'consent', choice: 'name' }) },
      { label: t('button-consent-no'), payload: toPayload({ kind: 'consent', choice: 'no' }) },
    ]),
  );
}

function formatOpening(language: string, at: Date, timezone: string): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', hour: '2-digit', minute: '2-digit', timeZone: timezone, timeZoneName: 'short' };
  try {
    return new Intl.DateTimeFormat(language, options).format(at);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(at);
  }
}

/** The user's answer to the consent question. No consent, no hand-off. */
export async function onConsent(turn: Turn, choice: 'yes' | 'name' | 'no'): Promise<void> {
  const { deps, speaker, language, user } = turn;
  const desk = deps.handoff;
  const pending = user.handoff && desk ? await desk.get(user.handoff) : undefined;
  if (user.awaiting === 'handoff-consent') delete user.awaiting;
  if (!desk || !pending || pending.status !== 'consent') {
    turn.replies.push(speaker.say(language, 'handoff-consent-expired', undefined, [speaker.humanButton(language)]));
    return;
  }
  if (choice === 'no') {
    await desk.decline(pending.id);
    delete user.handoff;
    contactsInstead(turn, 'handoff-declined');
    return;
  }
  const address = turn.message.address;
  if (address === undefined) {
    await desk.decline(pending.id);
    delete user.handoff;
    contactsInstead(turn, 'handoff-unavailable');
    return;
  }
  const result = await desk.consent(pending.id, {
    address,
    ...(choice === 'name' && turn.message.displayName ? { displayName: turn.message.displayName } : {}),
    recent: turn.recent.get(user.id, deps.now()),
    ...(user.lastTeam ? { previousTeam: user.lastTeam } : {}),
    ...(user.lastVolunteer ? { previousVolunteer: user.lastVolunteer } : {}),
  });
  if (result.kind !== 'routed') {
    delete user.handoff;
    if (result.kind === 'gone') turn.replies.push(speaker.say(language, 'handoff-consent-expired', undefined, [speaker.humanButton(language)]));
    else contactsInstead(turn, 'handoff-no-team');
    return;
  }
  const { organisation } = result;
  if (result.open) turn.replies.push(speaker.say(language, 'handoff-connected', { organisation }, [backButton(turn)]));
  else if (result.opensAt) turn.replies.push(speaker.say(language, 'handoff-queued', { organisation, time: formatOpening(language, result.opensAt, result.timezone) }, [backButton(turn)]));
  else turn.replies.push(speaker.say(language, 'handoff-queued-unknown', { organisation }, [backButton(turn)]));
}

/**
 * The user's open hand-off, if `current` (their stored one) is open. A hand-off that has ended meanwhile (closed by
 * a volunteer, timed out) is left behind here, remembering its team and volunteer for the user's next request.
 */
export function openHandoff(turn: Turn, current: HandoffRecord | undefined): HandoffRecord | undefined {
  const { user } = turn;
  if (!user.handoff) return undefined;
  if (isOpenHandoff(current)) return current;
  if (current?.status === 'consent') return undefined;
  if (current?.team) user.lastTeam = current.team;
  if (current?.volunteer) user.lastVolunteer = current.volunteer.id;
  delete user.handoff;
  if (user.awaiting === 'handoff-consent') delete user.awaiting;
  return undefined;
}

async function backToBot(turn: Turn, handoff: HandoffRecord): Promise<void> {
  const { deps, user } = turn;
  await deps.handoff?.endByUser(handoff.id, 'returned-to-bot');
  if (handoff.team) user.lastTeam = handoff.team;
  if (handoff.volunteer) user.lastVolunteer = handoff.volunteer.id;
  delete user.handoff;
  turn.replies.push(turn.speaker.say(turn.language, 'handoff-ended'));
  showMenu(turn);
}

function stillOpen(turn: Turn): void {
  turn.replies.push(turn.speaker.say(turn.language, 'handoff-still-open', undefined, [backButton(turn)]));
}

/**
 * A turn while a volunteer has the conversation: the message goes to the volunteers and the bot stays quiet,
 * except to give emergency numbers, to go back to the bot, or to delete the user's data. Returns true when the
 * user's data was deleted.
 */
export async function duringHandoff(turn: Turn, handoff: HandoffRecord): Promise<boolean> {
  const { deps, speaker, message } = turn;
  const desk = deps.handoff;
  if (!desk) return false;
  if (message.payload !== undefined) {
    const action = fromPayload(message.payload);
    if (action?.kind === 'back-to-bot') await backToBot(turn, handoff);
    else if (action?.kind === 'forget' && action.confirm) return forget(turn);
    else if (action?.kind === 'forget') turn.replies.push(speaker.say(turn.language, 'forget-cancelled'));
    else stillOpen(turn);
    return false;
  }
  if (message.media) {
    await desk.relayFromUser(handoff.id, { media: message.media });
    turn.replies.push(speaker.say(turn.language, 'handoff-media'));
    return false;
  }
  const text = sanitize(message.text ?? '');
  if (text.length === 0) return false;
  const command = commandOf(text);
  if (command === 'bot' || command === 'menu') await backToBot(turn, handoff);
  else if (command === 'forget') return forget(turn);
  else if (command) stillOpen(turn);
  else if (turn.phrases.isForgetRequest(text)) askForget(turn);
  else {
    const classification = await deps.classify(text.slice(0, MAX_CLASSIFIED_CHARS));
    turn.topic = classification.topic;
    turn.confidence = classification.confidence;
    await desk.relayFromUser(handoff.id, { text });
    if (classification.topic === 'emergency') {
      await replyEmergency(turn, false);
      await desk.markPriority(handoff.id);
    }
  }
  return false;
}
