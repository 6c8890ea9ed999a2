/**
 * A small unmet-needs log spanning two ISO weeks (2026-W46 and W47, 9-22 November 2026), with records just
 * outside that period, questions that need CSV quoting, a coordinator's correction, a person who asked twice and
 * a record unlinked by /forget. What the report and `waymark needs` tests read.
 */
import type { UnmetNeed } from '../../bot/store/types.js';

export const SEEDED_PERIOD = { from: '2026-11-09', to: '2026-11-22' };

/** In the period, by position: 0-3 housing (en, fr, ru, uk), 4-5 unpaid wages, 6 tax number, 7 no question. */
export const SEEDED_IN_PERIOD: readonly UnmetNeed[] = [
  {
    at: '2026-11-10T09:00:00.000Z', channel: 'web', country: 'IT', language: 'en', reason: 'none',
    candidates: [{ topic: 'find-cso', score: 0.21 }], question: 'where can I find a flat to rent, near Milan?', userHash: 'hash-1',
    category: 'N17', categoryCorrected: true,
  },
  {
    at: '2026-11-11T15:00:00.000Z', channel: 'telegram', country: 'IT', language: 'fr', reason: 'none',
    candidates: [{ topic: 'find-cso', score: 0.18 }], question: 'où trouver un logement à louer', userHash: 'hash-2',
  },
  {
    at: '2026-11-17T08:00:00.000Z', channel: 'whatsapp', country: 'GR', language: 'ru', reason: 'none',
    candidates: [], question: 'где найти квартиру в аренду', userHash: 'hash-3',
  },
  {
    at: '2026-11-18T19:00:00.000Z', channel: 'telegram', country: 'CZ', language: 'uk', reason: 'none',
    candidates: [{ topic: 'bank-account', score: 0.12 }], question: 'де знайти житло в оренду', userHash: 'hash-3',
  },
  {
    at: '2026-11-18T10:00:00.000Z', channel: 'web', country: 'GB', language: 'en', reason: 'not-helpful', topic: 'unpaid-wages',
    candidates: [{ topic: 'unpaid-wages', score: 0.81 }], question: 'my employer did not pay my salary, he says "next month"', userHash: 'hash-4',
  },
  {
    at: '2026-11-19T11:00:00.000Z', channel: 'whatsapp', country: 'FI', language: 'fr', reason: 'missing-answer', topic: 'unpaid-wages',
    candidates: [{ topic: 'unpaid-wages', score: 0.77 }], question: "mon patron ne m'a pas payé mon salaire", userHash: 'hash-5',
  },
  {
    at: '2026-11-20T12:00:00.000Z', channel: 'telegram', country: 'IT', language: 'ru', reason: 'missing-language', topic: 'tax-number',
    candidates: [{ topic: 'tax-number', score: 0.9 }], question: 'как получить налоговый номер\nи где его оформить?', userHash: 'hash-6',
  },
  { at: '2026-11-21T07:00:00.000Z', channel: 'web', language: 'ar', reason: 'none', candidates: [] },
];

export const SEEDED_OUTSIDE: readonly UnmetNeed[] = [
  { at: '2026-11-08T23:00:00.000Z', channel: 'web', country: 'DK', language: 'en', reason: 'none', candidates: [], question: 'is there a school for my children', userHash: 'hash-7' },
  { at: '2026-11-23T00:00:00.000Z', channel: 'web', country: 'DK', language: 'en', reason: 'none', candidates: [], question: 'how do I get a driving licence', userHash: 'hash-8' },
];

/** Stored out of time order, as a real log may be after imports. */
export function seededLog(): UnmetNeed[] {
  return structuredClone([SEEDED_OUTSIDE[1], ...SEEDED_IN_PERIOD.slice(4), SEEDED_OUTSIDE[0], ...SEEDED_IN_PERIOD.slice(0, 4)] as UnmetNeed[]);
}

/** Every user hash in the seeded log, to check none reaches an export. */
export const SEEDED_HASHES = [...new Set([...SEEDED_IN_PERIOD, ...SEEDED_OUTSIDE].flatMap((r) => (r.userHash ? [r.userHash] : [])))];

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of fields: an independent reader, so a
 * test checks the export by reading it back rather than by comparing it with the writer's own logic.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}
