/**
 * What volunteers read about a case: the forum topic's title, the first post that summarises it, and the short
 * notices about what happens to it. Volunteers read these in the team's working language, English; users'
 * own words are shown as they wrote them.
 */
import type { HandoffRecord } from '../store/handoff-record.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { CountryCode } from '../../knowledge/schema/common.js';

/** Telegram's limit for a forum topic name. */
const TITLE_MAX = 128;

const REASONS: Record<HandoffRecord['reason'], string> = {
  asked: 'asked for a person',
  'not-helpful': 'said the answer did not help',
  'none-twice': 'the bot could not answer twice in a row',
  emergency: 'wrote about an emergency, violence or exploitation',
};

/** `‼️ K7QD · ar · FI · unpaid-wages`: pseudonym, language, country and topic, as the issue of a case. */
export function caseTitle(h: HandoffRecord): string {
  return `${h.priority ? '‼️ ' : ''}${h.alias} · ${h.language} · ${h.country ?? '??'} · ${h.topic ?? 'no topic'}`.slice(0, TITLE_MAX);
}

export interface SummaryContext {
  knowledge: KnowledgeBase;
  organisation: string;
  /** The name of the volunteer who helped this person last time, if any. */
  previousVolunteer?: string;
}

/** The first post of a case: who (by alias), what was classified and answered, and the recent messages. */
export function caseSummary(h: HandoffRecord, context: SummaryContext): string {
  const { knowledge } = context;
  const language = knowledge.language(h.language)?.name ?? h.language;
  const lines = [
    `${h.priority ? '‼️ PRIORITY: ' : ''}New hand-off ${h.alias}: the user ${REASONS[h.reason]}.`,
    `Language: ${language} (${h.language}) · Country: ${h.country ?? 'not given'} · Topic: ${h.topic ?? 'none'}${h.confidence !== undefined ? ` (confidence ${h.confidence.toFixed(2)})` : ''}`,
    h.displayName ? `Name (shared by the user): ${h.displayName}` : 'Name: not shared. The phone number and account are never shown.',
  ];
  if (context.previousVolunteer) lines.push(`Returning: ${context.previousVolunteer} helped this person last time.`);
  const answer = h.topic && h.country ? knowledge.answer(h.topic, h.country as CountryCode) : undefined;
  if (answer) {
    const text = answer.texts[h.language] ?? answer.texts['en'];
    lines.push(`Answer already given (${answer.country}/${answer.topic}, checked ${answer.last_verified}): ${text?.summary ?? ''}`, `Source: ${answer.sources[0]?.url ?? ''}`);
  }
  const said = h.messages.filter((m) => m.from === 'user');
  lines.push(said.length ? 'Recent messages:' : 'Recent messages: none kept.');
  for (const m of said) lines.push(`> ${m.text}`);
  lines.push('', `Reply in this topic: the user receives your messages signed “${context.organisation}”, never your name. Send /close to end the hand-off, or /close followed by a note of what the person needed (it goes, de-identified, to the unmet-needs log).`);
  return lines.join('\n');
}

export const notices = {
  userSaid: (h: HandoffRecord, text: string): string => `👤 ${h.alias}: ${text}`,
  userSentMedia: (kind: string): string => `[the user sent a ${kind}, which cannot be passed on; they were asked to write instead]`,
  templateSent: 'WhatsApp’s 24-hour window had closed: the approved template was sent to invite the user back. Your message is delivered as soon as they reply.',
  windowClosed: 'WhatsApp’s 24-hour window has closed and no template is configured (WHATSAPP_HANDOFF_TEMPLATE): your message is delivered as soon as the user writes again.',
  failed: 'Your message could not be delivered to the user (see the bot’s log). Please try again later.',
  closedAlready: 'This hand-off is closed; the user is back with the bot. Your message was not delivered.',
  returnedToBot: 'The user went back to the bot. The hand-off is closed.',
  forgotten: 'The user deleted their data. The hand-off is closed and its conversation erased.',
  timedOut: 'No volunteer answered in time. The user was told and pointed to organisations; the hand-off is closed.',
  idle: 'No messages for a long time: the hand-off was closed and the user returned to the bot.',
  closedBy: (name: string): string => `Closed by ${name}. The user is back with the bot.`,
  emergency: 'The user wrote about an emergency: emergency numbers were sent to them. Please read the conversation now.',
} as const;
