/**
 * Loads and validates every knowledge file, collecting all problems at once (schema errors, broken references,
 * files in the wrong place, ageing content) so an editor fixes them in one pass. Used at start-up, where errors
 * stop the bot, and by `waymark kb check`, which prints them all.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidDataError, type Problem } from './errors.js';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { answerFile, type AnswerFile } from './schema/answer.js';
import { COUNTRY_CODES } from './schema/common.js';
import { emergencyFile, type EmergencyFile } from './schema/emergency.js';
import { countriesFile, coverageTargetsFile, languagesFile, phrasesFile, type Phrases } from './schema/meta.js';
import { organisationFile, type Organisation } from './schema/organisation.js';
import { loadStrings } from './strings.js';
import { loadTopics } from './topics.js';
import { readYamlFile } from './yaml-file.js';

/** Answers older than this are flagged by `kb check` and carry a "may be out of date" note for users. */
export const STALE_AFTER_MONTHS = 12;
/** WhatsApp's per-message limit; one answer in one language must fit with room for sources and buttons. */
export const ANSWER_TEXT_LIMIT = 3500;

export interface LoadedKnowledge {
  knowledge: KnowledgeBase;
  problems: Problem[];
}

function yamlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
}

/** Whole months between a YYYY-MM-DD date and now. */
export function monthsSince(date: string, now: Date): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
  if (now.getUTCDate() < d) months -= 1;
  return months;
}

export function isStale(date: string, now: Date): boolean {
  return monthsSince(date, now) >= STALE_AFTER_MONTHS;
}

function answerLength(text: AnswerFile['texts'][string]): number {
  return [text.summary, text.where, ...text.steps, text.note ?? ''].reduce((n, s) => n + [...s].length + 4, 0);
}

export function loadKnowledge(root: string, now: Date = new Date()): LoadedKnowledge {
  const problems: Problem[] = [];
  const topics = loadTopics(root);
  const kdir = join(root, 'knowledge');
  const read = <T>(file: string, parse: (f: string) => { ok: true; value: T } | { ok: false; problems: Problem[] }): T | undefined => {
    const result = parse(file);
    if (result.ok) return result.value;
    problems.push(...result.problems);
    return undefined;
  };
  const languages = read(join(kdir, 'languages.yaml'), (f) => readYamlFile(root, f, languagesFile))?.languages ?? [];
  const countries = read(join(kdir, 'countries.yaml'), (f) => readYamlFile(root, f, countriesFile))?.countries ?? [];
  const coverageTargets = read(join(kdir, 'coverage-targets.yaml'), (f) => readYamlFile(root, f, coverageTargetsFile))?.targets ?? [];
  const emptyPhrases: Phrases = { version: 1, forget: {}, countries: {}, languages: {} };
  const phrases = read(join(kdir, 'phrases.yaml'), (f) => readYamlFile(root, f, phrasesFile)) ?? emptyPhrases;
  const { strings, problems: stringProblems } = loadStrings(root, new Set(languages.filter((l) => l.direction === 'rtl').map((l) => l.code)));
  problems.push(...stringProblems);
  const knownLanguages = new Set(languages.map((l) => l.code));
  const advice = new Set(topics.advice);

  const organisations: Organisation[] = [];
  const orgIds = new Set<string>();
  for (const name of yamlFiles(join(kdir, 'organisations'))) {
    const file = `knowledge/organisations/${name}`;
    const parsed = read(join(kdir, 'organisations', name), (f) => readYamlFile(root, f, organisationFile));
    if (!parsed) continue;
    if (parsed.country.toLowerCase() !== name.replace(/\.yaml$/, '')) {
      problems.push({ file, key: 'country', message: `is ${parsed.country}, but the file is named for another country`, severity: 'error' });
    }
    parsed.organisations.forEach((o, i) => {
      const key = `organisations.${i} (${o.id})`;
      if (orgIds.has(o.id)) problems.push({ file, key, message: 'duplicate organisation id', severity: 'error' });
      if (o.country !== parsed.country) problems.push({ file, key, message: `country ${o.country} differs from the file's ${parsed.country}`, severity: 'error' });
      for (const t of o.topics) if (!advice.has(t)) problems.push({ file, key: `${key}.topics`, message: `unknown topic id "${t}"`, severity: 'error' });
      orgIds.add(o.id);
      organisations.push(o);
    });
  }

  const answers: AnswerFile[] = [];
  const answersDir = join(kdir, 'answers');
  for (const dir of existsSync(answersDir) ? readdirSync(answersDir).sort() : []) {
    for (const name of yamlFiles(join(answersDir, dir))) {
      const file = `knowledge/answers/${dir}/${name}`;
      const a = read(join(answersDir, dir, name), (f) => readYamlFile(root, f, answerFile));
      if (!a) continue;
      const topic = name.replace(/\.yaml$/, '');
      if (a.topic !== topic || a.country.toLowerCase() !== dir) {
        problems.push({ file, key: 'topic/country', message: `says ${a.topic}/${a.country}, but its path says ${topic}/${dir.toUpperCase()}`, severity: 'error' });
      }
      if (!advice.has(a.topic)) problems.push({ file, key: 'topic', message: `unknown advice topic "${a.topic}"`, severity: 'error' });
      for (const id of a.organisations) {
        const org = organisations.find((o) => o.id === id);
        if (!org) problems.push({ file, key: 'organisations', message: `no organisation "${id}" in knowledge/organisations/`, severity: 'error' });
        else if (org.country !== a.country) problems.push({ file, key: 'organisations', message: `"${id}" is in ${org.country}, not ${a.country}`, severity: 'error' });
      }
      for (const [lang, text] of Object.entries(a.texts)) {
        if (!knownLanguages.has(lang)) problems.push({ file, key: `texts.${lang}`, message: 'language not listed in knowledge/languages.yaml', severity: 'error' });
        const length = answerLength(text);
        if (length > ANSWER_TEXT_LIMIT) {
          problems.push({ file, key: `texts.${lang}`, message: `${length} characters; keep an answer under ${ANSWER_TEXT_LIMIT} so it fits one WhatsApp message`, severity: 'error' });
        }
      }
      if (a.varies_by && !Object.values(a.texts).every((t) => t.note)) {
        problems.push({ file, key: 'texts.*.note', message: `varies_by is ${a.varies_by}, so every text needs a note saying how and whom to ask locally`, severity: 'warning' });
      }
      if (isStale(a.last_verified, now)) {
        problems.push({ file, key: 'last_verified', message: `${a.last_verified} is more than ${STALE_AFTER_MONTHS} months ago: re-verify against the sources and update the date`, severity: 'warning' });
      }
      answers.push(a);
    }
  }

  const emergency: EmergencyFile[] = [];
  for (const code of COUNTRY_CODES) {
    const path = join(kdir, 'emergency', `${code.toLowerCase()}.yaml`);
    if (!existsSync(path)) {
      problems.push({ file: `knowledge/emergency/${code.toLowerCase()}.yaml`, key: '(file)', message: 'missing: every country needs its emergency numbers', severity: 'error' });
      continue;
    }
    const e = read(path, (f) => readYamlFile(root, f, emergencyFile));
    if (!e) continue;
    if (e.country !== code) problems.push({ file: `knowledge/emergency/${code.toLowerCase()}.yaml`, key: 'country', message: `is ${e.country}, expected ${code}`, severity: 'error' });
    emergency.push(e);
  }

  for (const l of languages) {
    if (l.classifier && !strings.languages.includes(l.code)) {
      problems.push({ file: `knowledge/strings/${l.code}.ftl`, key: '(file)', message: `missing: ${l.name} is a classifier language, so it needs UI strings`, severity: 'error' });
    }
  }

  const knowledge = createKnowledgeBase({ topics, languages, countries, strings, phrases, coverageTargets, answers, organisations, emergency });
  return { knowledge, problems };
}

/** Loads the knowledge base and throws if any error-level problem was found. */
export function loadKnowledgeOrThrow(root: string, now?: Date): LoadedKnowledge {
  const loaded = loadKnowledge(root, now);
  if (loaded.problems.some((p) => p.severity === 'error')) {
    throw new InvalidDataError('CONTENT_INVALID', loaded.problems, 'Run `waymark kb check` for the full report and fix the listed files.');
  }
  return loaded;
}
