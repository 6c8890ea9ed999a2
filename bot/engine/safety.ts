/**
 * Emergency numbers come first, always: for an emergency, and before any answer about exploitation or
 * trafficking. When the country is not known yet, 112 is given: it reaches emergency services in every
 * country Waymark covers.
 */
import type { EmergencyFile } from '../../knowledge/schema/emergency.js';
import type { Turn } from './context.js';

const URGENT_KINDS = ['general', 'police', 'ambulance', 'fire', 'women', 'children', 'mental-health'] as const;
const EXPLOITATION_KINDS = ['trafficking', 'labour-exploitation', 'general', 'police'] as const;

function numbersText(turn: Turn, file: EmergencyFile | undefined, kinds: readonly string[]): string {
  const { speaker, language } = turn;
  if (!file) return `☎ 112 — ${speaker.t(language, 'emergency-kind-general')}`;
  const ordered = kinds.flatMap((k) => file.numbers.filter((n) => n.kind === k));
  return ordered
    .map((n) => `☎ ${n.number} — ${speaker.t(language, `emergency-kind-${n.kind}`)}${n.name ? ` (${n.name})` : ''}${n.hours ? `, ${n.hours}` : ''}`)
    .join('\n');
}

function emergencyFile(turn: Turn): EmergencyFile | undefined {
  const country = turn.user.country;
  return country ? turn.deps.knowledge.emergency(country as EmergencyFile['country']) : undefined;
}

/**
 * The reply to an emergency: numbers first, then (when `offerPerson`) a button to reach a person, then, if the
 * country is unknown, the country question. The engine follows it with a priority hand-off where volunteers are
 * connected, so then no button is added here.
 */
export async function replyEmergency(turn: Turn, offerPerson: boolean): Promise<void> {
  const { speaker, language } = turn;
  const text = `${speaker.t(language, 'emergency-intro')}\n${numbersText(turn, emergencyFile(turn), URGENT_KINDS)}\n\n${speaker.t(language, 'emergency-after')}`;
  turn.replies.push(speaker.reply(language, text, offerPerson ? [speaker.humanButton(language)] : undefined));
  if (!turn.user.country && offerPerson) {
    turn.user.awaiting = 'country';
    turn.replies.push(speaker.say(language, 'ask-country', undefined, speaker.countryButtons(language)));
  }
}

/** The help lines put before an answer about forced labour or trafficking. */
export function exploitationPreface(turn: Turn): string {
  const { speaker, language } = turn;
  return `${speaker.t(language, 'trafficking-intro')}\n${numbersText(turn, emergencyFile(turn), EXPLOITATION_KINDS)}`;
}
