/**
 * Turns a curated answer into the message a user reads: the short answer, where to go, what to do, local
 * differences, organisations to contact, the official sources, and when it was last checked, with a visible
 * warning when it may be out of date or is not yet reviewed.
 */
import { isStale, monthsSince, STALE_AFTER_MONTHS } from '../../knowledge/load-knowledge.js';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { AnswerFile } from '../../knowledge/schema/answer.js';
import type { CountryCode } from '../../knowledge/schema/common.js';
import type { Organisation } from '../../knowledge/schema/organisation.js';
import type { Speaker } from './speaker.js';

/** At most this many organisations under an answer: enough choice, not a directory dump. */
export const MAX_ORGANISATIONS = 3;
/** Official pages shown under "where to go"; more would bury the answer in links. */
export const MAX_OFFICE_LINKS = 2;

export function renderOrganisation(speaker: Speaker, language: string, org: Organisation): string {
  const parts = [`• ${org.name}${org.region && org.region !== 'national' ? ` (${org.region})` : ''}`];
  const c = org.contact;
  if (c.web) parts.push(`  ${speaker.t(language, 'contact-web')}: ${c.web}`);
  if (c.phone) parts.push(`  ${speaker.t(language, 'contact-phone')}: ${c.phone}`);
  if (c.email) parts.push(`  ${speaker.t(language, 'contact-email')}: ${c.email}`);
  if (org.hours) parts.push(`  ${speaker.t(language, 'contact-hours')}: ${org.hours}`);
  return parts.join('\n');
}

/**
 * Organisations a person can contact directly about finding help or free legal advice, one block each, or
 * undefined when the directory has none for the country.
 */
export function directContacts(speaker: Speaker, kb: KnowledgeBase, language: string, country: CountryCode): string | undefined {
  const orgs = [...kb.organisations(country, 'find-cso'), ...kb.organisations(country, 'legal-aid')];
  const unique = [...new Map(orgs.map((o) => [o.id, o])).values()].slice(0, 4);
  return unique.length ? unique.map((o) => renderOrganisation(speaker, language, o)).join('\n') : undefined;
}

export function renderAnswer(
  speaker: Speaker,
  answer: AnswerFile,
  textLanguage: string,
  organisations: readonly Organisation[],
  now: Date,
): string {
  const text = answer.texts[textLanguage];
  if (!text) throw new Error(`answer ${answer.country}/${answer.topic} has no ${textLanguage} text`);
  const t = (key: string, args?: Record<string, string | number>): string => speaker.t(textLanguage, key, args);
  const blocks: string[] = [text.summary];
  const offices = answer.offices.slice(0, MAX_OFFICE_LINKS).map((o) => `🔗 ${o.url}`);
  blocks.push([`${t('answer-where')} ${text.where}`, ...offices].join('\n'));
  blocks.push([t('answer-steps'), ...text.steps.map((s) => `• ${s}`)].join('\n'));
  if (text.note) blocks.push(`${t('answer-note')} ${text.note}`);
  if (organisations.length) {
    blocks.push([t('answer-organisations'), ...organisations.slice(0, MAX_ORGANISATIONS).map((o) => renderOrganisation(speaker, textLanguage, o))].join('\n'));
  }
  // The first source is the page the answer was checked against; the full list stays in the content file for reviewers.
  const source = answer.sources[0] as { url: string };
  const footer = [t('answer-source', { url: source.url }), t('answer-last-checked', { date: answer.last_verified })];
  if (isStale(answer.last_verified, now)) footer.push(t('answer-stale', { months: Math.max(STALE_AFTER_MONTHS, monthsSince(answer.last_verified, now)) }));
  if (answer.status === 'needs_review') footer.push(t('answer-needs-review'));
  blocks.push(footer.join('\n'));
  return blocks.join('\n\n');
}
