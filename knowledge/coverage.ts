/**
 * The coverage matrix (topic x country x language) and the gaps against `knowledge/coverage-targets.yaml`.
 */
import type { Problem } from './errors.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { CountryCode } from './schema/common.js';
import { COUNTRY_CODES } from './schema/common.js';

/** country -> topic -> languages with a text, sorted. */
export type CoverageMatrix = Record<string, Record<string, string[]>>;

export function toCoverageMatrix(kb: KnowledgeBase): CoverageMatrix {
  const matrix: CoverageMatrix = {};
  for (const country of COUNTRY_CODES) {
    const row: Record<string, string[]> = {};
    for (const topic of kb.topics.advice) {
      const answer = kb.answer(topic, country);
      row[topic] = answer ? Object.keys(answer.texts).sort() : [];
    }
    matrix[country] = row;
  }
  return matrix;
}

export function findCoverageGaps(kb: KnowledgeBase, matrix: CoverageMatrix): Problem[] {
  const problems: Problem[] = [];
  for (const target of kb.coverageTargets) {
    const topics = target.topics === 'all' ? kb.topics.advice : target.topics;
    for (const country of target.countries) {
      for (const topic of topics) {
        const present = new Set(matrix[country]?.[topic] ?? []);
        const missing = target.languages.filter((l) => !present.has(l));
        if (missing.length === 0) continue;
        problems.push({
          file: `knowledge/answers/${country.toLowerCase()}/${topic}.yaml`,
          key: present.size ? `texts (${missing.join(', ')})` : '(file)',
          message: present.size ? `coverage target not met: add ${missing.join(', ')} (${target.description})` : `missing answer (${target.description})`,
          severity: 'error',
        });
      }
    }
  }
  return problems;
}

/** A fixed-width text rendering: one block per country, a row per topic, a column per language. */
export function formatCoverage(matrix: CoverageMatrix, languages: readonly string[]): string {
  const width = Math.max(...Object.values(matrix).flatMap((row) => Object.keys(row).map((t) => t.length)));
  const lines: string[] = [];
  for (const [country, row] of Object.entries(matrix)) {
    const covered = Object.values(row).filter((l) => l.length > 0).length;
    lines.push(`${country}  ${covered}/${Object.keys(row).length} topics answered`);
    lines.push(`${''.padEnd(width)}  ${languages.map((l) => l.padEnd(4)).join('')}`);
    for (const [topic, present] of Object.entries(row)) {
      const has = new Set(present);
      lines.push(`${topic.padEnd(width)}  ${languages.map((l) => (has.has(l) ? '✓' : '·').padEnd(4)).join('')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Answers and organisations still waiting for a reviewer, with what must be checked. */
export function listNeedsReview(kb: KnowledgeBase): Array<{ kind: 'answer' | 'organisation'; id: string; note: string }> {
  const items: Array<{ kind: 'answer' | 'organisation'; id: string; note: string }> = [];
  for (const a of kb.answers) {
    if (a.status === 'needs_review') items.push({ kind: 'answer', id: `${a.country}/${a.topic}`, note: a.review_note ?? '' });
  }
  for (const country of COUNTRY_CODES as readonly CountryCode[]) {
    for (const o of kb.organisations(country)) {
      if (o.status === 'needs_review') items.push({ kind: 'organisation', id: o.id, note: o.review_note ?? '' });
    }
  }
  return items;
}
