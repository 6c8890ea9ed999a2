import { beforeAll, describe, expect, it } from 'vitest';
import { loadNeedCategories } from '../../../bot/needs/categories.js';
import { toIsoWeek } from '../../../bot/needs/iso-week.js';
import { CSV_COLUMNS, toCsvField, toNeedsCsv, toNeedsJson } from '../../../bot/needs/report-export.js';
import { createNeedsReport, toNeedsPeriod, type NeedsReport, type NeedsRow } from '../../../bot/needs/report.js';
import type { Embed } from '../../../bot/needs/themes.js';
import { PROJECT_ROOT } from '../../../knowledge/project-root.js';
import { sharedClassifier } from '../../support/classifier.js';
import { parseCsv, SEEDED_HASHES, SEEDED_IN_PERIOD, SEEDED_PERIOD, seededLog } from '../../support/needs-log.js';

const categories = loadNeedCategories(PROJECT_ROOT);
let embed: Embed;
let report: NeedsReport;
let rows: NeedsRow[];
beforeAll(async () => {
  const { embedder } = await sharedClassifier();
  embed = (texts) => embedder.embed(texts);
  ({ report, rows } = await createNeedsReport(seededLog(), SEEDED_PERIOD, { categories, embed }));
});

describe('the unmet-needs report', () => {
  it('counts only the records of the period, and each person once', () => {
    expect(report.total).toBe(8);
    expect(report.askers).toBe(7);
  });

  it('counts by country, language, channel and reason, largest first', () => {
    expect(report.byCountry).toEqual([
      { key: 'IT', count: 3 },
      { key: 'CZ', count: 1 },
      { key: 'FI', count: 1 },
      { key: 'GB', count: 1 },
      { key: 'GR', count: 1 },
      { key: 'unknown', count: 1 },
    ]);
    expect(report.byLanguage.map((c) => [c.key, c.count])).toEqual([['en', 2], ['fr', 2], ['ru', 2], ['ar', 1], ['uk', 1]]);
    expect(report.byChannel.map((c) => [c.key, c.count])).toEqual([['telegram', 3], ['web', 3], ['whatsapp', 2]]);
    expect(report.byReason.map((c) => [c.key, c.count])).toEqual([['none', 5], ['missing-answer', 1], ['missing-language', 1], ['not-helpful', 1]]);
  });

  it("counts by category with names, honouring a coordinator's correction", () => {
    expect(report.byCategory).toEqual([
      { key: 'N04', label: 'Admin prerequisites for work', count: 2 },
      { key: 'N08', label: 'Exploitation and illegal employer practice', count: 2 },
      { key: 'uncategorised', count: 2 },
      { key: 'N02', label: 'Where to go / who helps', count: 1 },
      { key: 'N17', label: 'Housing', count: 1 },
    ]);
  });

  it('gives counts per ISO week with the change from the week before', () => {
    expect(report.weeks).toEqual([
      { week: '2026-W46', count: 2, change: null },
      { week: '2026-W47', count: 6, change: 4 },
    ]);
  });

  it('lists weeks without records, so a drop to zero shows', async () => {
    const { report: longer } = await createNeedsReport(seededLog(), { from: '2026-11-09', to: '2026-12-06' }, { categories, embed });
    expect(longer.weeks.slice(2)).toEqual([
      { week: '2026-W48', count: 1, change: -5 },
      { week: '2026-W49', count: 0, change: -1 },
    ]);
  });

  it('groups the housing questions of four languages into the top theme', () => {
    expect(report.themes[0]).toMatchObject({ count: 4, askers: 3, languages: ['en', 'fr', 'ru', 'uk'] });
    expect(report.themes[0]?.askerShare).toBeCloseTo(3 / 7);
  });
});

describe('the CSV export', () => {
  const csv = (): string => toNeedsCsv(rows);

  it('parses back to a header and one row per record of the period, with the values stored', () => {
    const [header, ...body] = parseCsv(csv());
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(body).toHaveLength(SEEDED_IN_PERIOD.length);
    const byTime = new Map(body.map((r) => [r[0], Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]))]));
    expect(byTime.get('2026-11-18T10:00:00.000Z')).toEqual({
      at: '2026-11-18T10:00:00.000Z', channel: 'web', country: 'GB', language: 'en', reason: 'not-helpful', topic: 'unpaid-wages',
      category: 'N08', category_corrected: 'no', candidates: 'unpaid-wages:0.81', question: 'my employer did not pay my salary, he says "next month"',
    });
    expect(byTime.get('2026-11-10T09:00:00.000Z')).toMatchObject({ category: 'N17', category_corrected: 'yes' });
  });

  it('quotes fields with commas, quotes and newlines as RFC 4180 requires', () => {
    const text = csv();
    expect(text).toContain('"where can I find a flat to rent, near Milan?"');
    expect(text).toContain('"my employer did not pay my salary, he says ""next month"""');
    expect(text).toContain('"как получить налоговый номер\nи где его оформить?"');
    expect(parseCsv(text).flat()).toContain('как получить налоговый номер\nи где его оформить?');
    expect(text.split('\r\n')).toHaveLength(SEEDED_IN_PERIOD.length + 2);
  });

  it('has no user hash column and no user hash anywhere', () => {
    const text = csv();
    expect(parseCsv(text)[0]).not.toContain('userHash');
    for (const hash of SEEDED_HASHES) expect(text).not.toContain(hash);
  });

  it('defuses a question that a spreadsheet would run as a formula', () => {
    expect(toCsvField('=HYPERLINK("https://x.example","help")')).toBe('"\'=HYPERLINK(""https://x.example"",""help"")"');
    expect(toCsvField('-1+1')).toBe("'-1+1");
  });

  it('removes personal data a record was stored with before the current rules', async () => {
    const old = { ...SEEDED_IN_PERIOD[1]!, question: "je m'appelle Fatima Benali, née le 3 mars 1990, où trouver un logement" };
    const { rows: redacted } = await createNeedsReport([old], SEEDED_PERIOD, { categories, embed });
    expect(toNeedsCsv(redacted)).not.toMatch(/Fatima|Benali|1990/);
  });
});

describe('the JSON export', () => {
  it('holds the report and one record per row, without user hashes', () => {
    const text = toNeedsJson(report, rows);
    const parsed = JSON.parse(text);
    expect(parsed.report.total).toBe(8);
    expect(parsed.records).toHaveLength(8);
    expect(parsed.records.every((r: object) => !('userHash' in r))).toBe(true);
    for (const hash of SEEDED_HASHES) expect(text).not.toContain(hash);
  });
});

describe('the report period', () => {
  const now = new Date('2026-11-23T09:30:00Z');

  it('defaults to the last seven days, today included', () => {
    expect(toNeedsPeriod({}, now)).toEqual({ from: '2026-11-17', to: '2026-11-23' });
  });

  it('runs from a start date given alone up to today', () => {
    expect(toNeedsPeriod({ from: '2026-11-01' }, now)).toEqual({ from: '2026-11-01', to: '2026-11-23' });
  });

  it('runs the seven days up to an end date given alone', () => {
    expect(toNeedsPeriod({ to: '2026-11-10' }, now)).toEqual({ from: '2026-11-04', to: '2026-11-10' });
  });

  it('refuses a date that does not exist, saying how to write one', () => {
    expect(() => toNeedsPeriod({ from: '2026-02-30' }, now)).toThrow(/--from "2026-02-30" is not a calendar date/);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => toNeedsPeriod({ from: '2026-11-10', to: '2026-11-01' }, now)).toThrow(/ends \(2026-11-01\) before it starts/);
  });
});

describe('ISO weeks', () => {
  it('put the days around New Year in the week of their Thursday', () => {
    expect(toIsoWeek(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01');
    expect(toIsoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(toIsoWeek(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01');
  });
});
