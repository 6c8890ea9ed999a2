import { describe, expect, it } from 'vitest';
import { loadExampleSet } from '../../intents/examples.js';
import { findNearDuplicates, NEAR_DUPLICATE_THRESHOLD } from '../../intents/near-duplicates.js';
import { loadKnowledge } from '../../knowledge/load-knowledge.js';
import { PROJECT_ROOT } from '../../knowledge/project-root.js';
import { loadTopics } from '../../knowledge/topics.js';

const topics = loadTopics(PROJECT_ROOT);
const train = loadExampleSet(PROJECT_ROOT, 'train', topics.classes);
const dev = loadExampleSet(PROJECT_ROOT, 'dev', topics.classes);
const norm = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** The languages the classifier must understand (issue: classifier languages). */
const REQUIRED = ['en', 'ar', 'fa', 'ps', 'uk', 'ru', 'fr', 'es', 'it', 'el', 'tr', 'so', 'ti', 'ur', 'kmr', 'ckb', 'cs', 'da', 'fi', 'de'];

describe('classifier examples', () => {
  it('are valid in both sets', () => {
    expect(train.problems).toEqual([]);
    expect(dev.problems).toEqual([]);
  });

  it('cover every required language in train and dev, and every classifier language of languages.yaml', () => {
    expect(train.languages).toEqual(expect.arrayContaining(REQUIRED));
    expect(dev.languages).toEqual(expect.arrayContaining(REQUIRED));
    const { knowledge } = loadKnowledge(PROJECT_ROOT);
    expect(knowledge.languages.filter((l) => l.classifier).map((l) => l.code).sort()).toEqual([...REQUIRED].sort());
  });

  it('have at least 15 training examples for every class in every language', () => {
    for (const language of train.languages) {
      for (const topic of topics.classes) {
        const n = train.examples.filter((e) => e.language === language && e.topic === topic).length;
        expect(n, `${language}/${topic}`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it('have dev questions for every class in every language', () => {
    for (const language of dev.languages) {
      for (const topic of topics.classes) {
        expect(dev.examples.some((e) => e.language === language && e.topic === topic), `${language}/${topic}`).toBe(true);
      }
    }
  });

  it('never use a dev question for training', () => {
    const seen = new Set(train.examples.map((e) => `${e.language}\0${norm(e.text)}`));
    const leaked = dev.examples.filter((e) => seen.has(`${e.language}\0${norm(e.text)}`)).map((e) => `${e.language}: ${e.text}`);
    expect(leaked).toEqual([]);
  });

  it('contain no training example that is a near-copy of a dev question', () => {
    const pairs = findNearDuplicates(train.examples, dev.examples, NEAR_DUPLICATE_THRESHOLD).map((p) => `${p.train.language}: "${p.train.text}" ~ "${p.dev.text}"`);
    expect(pairs).toEqual([]);
  });
});
