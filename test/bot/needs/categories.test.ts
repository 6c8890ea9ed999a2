import { afterEach, describe, expect, it } from 'vitest';
import { assignCategory, categoryOf, loadNeedCategories } from '../../../bot/needs/categories.js';
import type { UnmetNeed } from '../../../bot/store/types.js';
import { PROJECT_ROOT } from '../../../knowledge/project-root.js';
import { loadTopics } from '../../../knowledge/topics.js';
import { createFixtureRoot, type FixtureRoot } from '../../support/fixture-root.js';

const categories = loadNeedCategories(PROJECT_ROOT);
const record = (fields: Partial<UnmetNeed>): UnmetNeed => ({ at: '2026-11-20T10:00:00.000Z', channel: 'web', language: 'en', reason: 'none', candidates: [], ...fields });

describe('the needs categories file', () => {
  it('holds N01 to N30 in order, each with a name and a description', () => {
    expect(categories.list.map((c) => c.id)).toEqual(Array.from({ length: 30 }, (_, i) => `N${String(i + 1).padStart(2, '0')}`));
    for (const c of categories.list) expect(c.name.length * c.description.length).toBeGreaterThan(0);
  });

  it('maps every advice topic of topics.yaml to exactly one category', () => {
    const advice = loadTopics(PROJECT_ROOT).advice;
    expect([...categories.byTopic.keys()].sort()).toEqual([...advice].sort());
  });
});

describe('validation of the categories file', () => {
  let fixture: FixtureRoot | undefined;
  afterEach(() => fixture?.remove());

  it('reports an unknown topic and a topic mapped twice, naming the file and keys', () => {
    fixture = createFixtureRoot();
    fixture.write(
      'knowledge/needs-categories.yaml',
      ['version: 1', 'categories:', '  - { id: N01, name: A, description: a, topics: [language-courses, housing] }', '  - { id: N02, name: B, description: b, topics: [language-courses] }'].join('\n'),
    );
    const root = fixture.root;
    expect(() => loadNeedCategories(root)).toThrow(/knowledge\/needs-categories\.yaml: categories\.0 \(N01\)\.topics: unknown topic "housing"/);
    expect(() => loadNeedCategories(root)).toThrow(/topic "language-courses" is already mapped to N01/);
  });

  it('reports a malformed category code through the schema', () => {
    fixture = createFixtureRoot();
    fixture.write('knowledge/needs-categories.yaml', 'version: 1\ncategories:\n  - { id: X1, name: A, description: a }\n');
    const root = fixture.root;
    expect(() => loadNeedCategories(root)).toThrow(/categories\.0\.id: expected a category code such as "N03"/);
  });
});

describe('automatic category assignment', () => {
  const cases: Array<[string, string]> = [
    ['unpaid-wages', 'N08'],
    ['exploitation-trafficking', 'N08'],
    ['tax-number', 'N04'],
    ['bank-account', 'N04'],
    ['work-permit', 'N03'],
    ['language-courses', 'N01'],
    ['family-reunification', 'N20'],
    ['qualification-recognition', 'N05'],
    ['find-cso', 'N02'],
    ['dismissal', 'N09'],
  ];
  for (const [topic, expected] of cases) {
    it(`files a record about ${topic} under ${expected}`, () => {
      expect(assignCategory(record({ reason: 'not-helpful', topic, candidates: [{ topic, score: 0.8 }] }), categories)).toBe(expected);
    });
  }

  it('uses the record topic before its candidates', () => {
    expect(assignCategory(record({ reason: 'missing-answer', topic: 'discrimination', candidates: [{ topic: 'job-search', score: 0.9 }] }), categories)).toBe('N10');
  });

  it('files an unanswered question under the best candidate that maps, skipping conversation moves', () => {
    const candidates = [
      { topic: 'trade-union', score: 0.11 },
      { topic: 'talk-to-human', score: 0.3 },
      { topic: 'start-business', score: 0.2 },
    ];
    expect(assignCategory(record({ candidates }), categories)).toBe('N15');
  });

  it('leaves a record uncategorised when neither its topic nor its candidates map', () => {
    expect(assignCategory(record({ candidates: [{ topic: 'greeting', score: 0.1 }] }), categories)).toBeUndefined();
  });

  it("keeps a coordinator's correction over the automatic category", () => {
    const corrected = record({ candidates: [{ topic: 'find-cso', score: 0.2 }], category: 'N17', categoryCorrected: true });
    expect(categoryOf(corrected, categories)).toBe('N17');
  });

  it('recomputes a stored automatic category from the current mapping', () => {
    expect(categoryOf(record({ topic: 'tax-number', category: 'N30' }), categories)).toBe('N04');
  });
});
