import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/load-knowledge.js';
import { PROJECT_ROOT } from '../../knowledge/project-root.js';

const { knowledge, problems } = loadKnowledge(PROJECT_ROOT);

describe('UI strings', () => {
  it('exist for every language the classifier supports, with every key of the English source', () => {
    const classifierLanguages = knowledge.languages.filter((l) => l.classifier).map((l) => l.code);
    for (const code of classifierLanguages) expect(knowledge.strings.languages).toContain(code);
    expect(problems.filter((p) => p.file.startsWith('knowledge/strings/'))).toEqual([]);
  });

  it('use the plural rules of each language', () => {
    expect(knowledge.strings.format('en', 'answer-stale', { months: 1 })).toContain('one month');
    expect(knowledge.strings.format('en', 'answer-stale', { months: 14 })).toContain('14 months');
    // Russian: 21 takes the "one" form (месяц), 13 the "many" form (месяцев).
    const shape = (n: number): string => knowledge.strings.format('ru', 'answer-stale', { months: n }).replace(String(n), 'N');
    expect(shape(21)).not.toBe(shape(13));
  });

  it('isolate interpolated values in right-to-left languages only', () => {
    expect(knowledge.strings.format('ar', 'answer-source', { url: 'https://example.org' })).toContain('\u2068https://example.org\u2069');
    expect(knowledge.strings.format('en', 'answer-source', { url: 'https://example.org' })).toBe('Source: https://example.org');
  });
});
