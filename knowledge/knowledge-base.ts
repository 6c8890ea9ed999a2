/**
 * The curated knowledge base as the bot sees it: answers by topic and country, organisations, emergency lines,
 * languages, countries and recognised phrases. Read-only once loaded; every lookup is a map access.
 */
import type { AnswerFile } from './schema/answer.js';
import type { CountryCode } from './schema/common.js';
import type { EmergencyFile } from './schema/emergency.js';
import type { CountryInfo, CoverageTarget, LanguageInfo, Phrases } from './schema/meta.js';
import type { Organisation } from './schema/organisation.js';
import type { Strings } from './strings.js';
import type { TopicCatalogue } from './topics.js';

export interface KnowledgeBase {
  readonly topics: TopicCatalogue;
  readonly languages: readonly LanguageInfo[];
  readonly countries: readonly CountryInfo[];
  readonly strings: Strings;
  readonly phrases: Phrases;
  readonly coverageTargets: readonly CoverageTarget[];
  readonly answers: readonly AnswerFile[];
  answer(topic: string, country: CountryCode): AnswerFile | undefined;
  organisation(id: string): Organisation | undefined;
  /** Organisations of a country, optionally only those helping with a topic. */
  organisations(country: CountryCode, topic?: string): Organisation[];
  emergency(country: CountryCode): EmergencyFile | undefined;
  language(code: string): LanguageInfo | undefined;
}

export function createKnowledgeBase(parts: {
  topics: TopicCatalogue;
  languages: LanguageInfo[];
  countries: CountryInfo[];
  strings: Strings;
  phrases: Phrases;
  coverageTargets: CoverageTarget[];
  answers: AnswerFile[];
  organisations: Organisation[];
  emergency: EmergencyFile[];
}): KnowledgeBase {
  const answers = new Map(parts.answers.map((a) => [`${a.topic}/${a.country}`, a]));
  const organisations = new Map(parts.organisations.map((o) => [o.id, o]));
  const emergency = new Map(parts.emergency.map((e) => [e.country, e]));
  const languages = new Map(parts.languages.map((l) => [l.code, l]));
  return {
    topics: parts.topics,
    languages: parts.languages,
    countries: parts.countries,
    strings: parts.strings,
    phrases: parts.phrases,
    coverageTargets: parts.coverageTargets,
    answers: parts.answers,
    answer: (topic, country) => answers.get(`${topic}/${country}`),
    organisation: (id) => organisations.get(id),
    organisations: (country, topic) =>
      parts.organisations.filter((o) => o.country === country && (topic === undefined || o.topics.includes(topic))),
    emergency: (country) => emergency.get(country),
    language: (code) => languages.get(code),
  };
}
