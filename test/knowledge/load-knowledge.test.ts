import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCoverageGaps, toCoverageMatrix } from '../../knowledge/coverage.js';
import { isStale, loadKnowledge, loadKnowledgeOrThrow } from '../../knowledge/load-knowledge.js';
import { PROJECT_ROOT } from '../../knowledge/project-root.js';
import { answerYaml, createFixtureRoot, type FixtureRoot } from '../support/fixture-root.js';

const NOW = new Date('2026-11-22T12:00:00Z');
let fixture: FixtureRoot | undefined;
afterEach(() => fixture?.remove());

describe('the knowledge base in this repository', () => {
  it('loads with no errors', () => {
    const { problems } = loadKnowledge(PROJECT_ROOT, NOW);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('meets every coverage target in knowledge/coverage-targets.yaml', () => {
    const { knowledge } = loadKnowledge(PROJECT_ROOT, NOW);
    expect(findCoverageGaps(knowledge, toCoverageMatrix(knowledge))).toEqual([]);
  });

  it('has an official https source and a verification date on every answer', () => {
    const { knowledge } = loadKnowledge(PROJECT_ROOT, NOW);
    expect(knowledge.answers.length).toBeGreaterThan(0);
    for (const a of knowledge.answers) {
      expect(a.sources.length).toBeGreaterThan(0);
      expect(a.last_verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps knowledge/topics.yaml identical to the public contract in shared/', () => {
    const contract = join(PROJECT_ROOT, '..', 'shared', 'contract', 'topics.yaml');
    if (!existsSync(contract)) return;
    expect(readFileSync(join(PROJECT_ROOT, 'knowledge', 'topics.yaml'), 'utf8')).toBe(readFileSync(contract, 'utf8'));
  });
});

describe('validation of content files', () => {
  it('reports every problem at once, each with its file and key', () => {
    fixture = createFixtureRoot();
    fixture.write('knowledge/answers/it/tax-number.yaml', answerYaml({ organisations: ['it-nowhere'] }).replace('https://www.agenziaentrate.gov.it/\n', 'http://insecure.example/\n'));
    fixture.write('knowledge/answers/it/bank-account.yaml', answerYaml({ topic: 'tax-number' }));
    fixture.write('knowledge/answers/fi/no-such-topic.yaml', answerYaml({ topic: 'no-such-topic', country: 'FI' }));
    const { problems } = loadKnowledge(fixture.root, NOW);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'knowledge/answers/it/tax-number.yaml', key: 'offices.0.url' }),
        expect.objectContaining({ file: 'knowledge/answers/it/bank-account.yaml', key: 'topic/country' }),
        expect.objectContaining({ file: 'knowledge/answers/fi/no-such-topic.yaml', key: 'topic' }),
      ]),
    );
  });

  it('refuses to start on invalid content and lists the problems in the error', () => {
    fixture = createFixtureRoot();
    fixture.write('knowledge/answers/it/tax-number.yaml', answerYaml().replace('status: verified', 'status: maybe'));
    expect(() => loadKnowledgeOrThrow(fixture!.root, NOW)).toThrowError(/knowledge\/answers\/it\/tax-number.yaml: status/);
  });

  it('reports a reference to an organisation that does not exist', () => {
    fixture = createFixtureRoot();
    fixture.write('knowledge/answers/it/tax-number.yaml', answerYaml({ organisations: ['it-ghost'] }));
    const { problems } = loadKnowledge(fixture.root, NOW);
    expect(problems).toContainEqual(expect.objectContaining({ key: 'organisations', message: expect.stringContaining('it-ghost') }));
  });

  it('requires a review note on content marked needs_review', () => {
    fixture = createFixtureRoot();
    fixture.write('knowledge/answers/it/tax-number.yaml', answerYaml().replace('status: verified', 'status: needs_review'));
    const { problems } = loadKnowledge(fixture.root, NOW);
    expect(problems).toContainEqual(expect.objectContaining({ key: 'review_note', severity: 'error' }));
  });

  it('flags an answer last verified more than 12 months ago', () => {
    fixture = createFixtureRoot();
    fixture.write('knowledge/answers/it/tax-number.yaml', answerYaml({ lastVerified: '2025-10-01' }));
    const { problems } = loadKnowledge(fixture.root, NOW);
    expect(problems).toContainEqual(expect.objectContaining({ key: 'last_verified', severity: 'warning' }));
  });

  it('rejects an answer too long for one WhatsApp message', () => {
    fixture = createFixtureRoot();
    fixture.write('knowledge/answers/it/tax-number.yaml', answerYaml().replace('You need a codice fiscale to work.', 'x'.repeat(4000)));
    const { problems } = loadKnowledge(fixture.root, NOW);
    expect(problems).toContainEqual(expect.objectContaining({ key: 'texts.en', severity: 'error' }));
  });

  it('reports a coverage gap against the targets', () => {
    fixture = createFixtureRoot();
    fixture.write('knowledge/coverage-targets.yaml', 'version: 1\ntargets:\n  - description: test\n    countries: [IT]\n    topics: [tax-number]\n    languages: [en, ar]\n');
    fixture.write('knowledge/answers/it/tax-number.yaml', answerYaml());
    const { knowledge } = loadKnowledge(fixture.root, NOW);
    expect(findCoverageGaps(knowledge, toCoverageMatrix(knowledge))).toEqual([
      expect.objectContaining({ file: 'knowledge/answers/it/tax-number.yaml', message: expect.stringContaining('add ar') }),
    ]);
  });
});

describe('age of an answer', () => {
  it('counts as stale from 12 whole months after the verification date', () => {
    expect(isStale('2025-11-23', NOW)).toBe(false);
    expect(isStale('2025-11-22', NOW)).toBe(true);
  });
});
