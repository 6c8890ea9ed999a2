/**
 * Exports of the unmet-needs report for spreadsheets and other tools: CSV (RFC 4180) with one row per record,
 * and JSON with the report and the rows. Neither contains a user hash: `NeedsRow` does not carry one.
 */
import type { NeedsReport, NeedsRow } from './report.js';

export const CSV_COLUMNS = ['at', 'channel', 'country', 'language', 'reason', 'topic', 'category', 'category_corrected', 'candidates', 'question'] as const;

/**
 * A field quoted as RFC 4180 requires (when it holds a comma, quote, CR or LF, with quotes doubled). A field that
 * starts like a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading apostrophe first: questions are user text,
 * and a spreadsheet would otherwise run `=HYPERLINK(...)` typed by anyone (OWASP "CSV injection").
 */
export function toCsvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function toCsvValues(row: NeedsRow): string[] {
  return [
    row.at,
    row.channel,
    row.country,
    row.language,
    row.reason,
    row.topic,
    row.category,
    row.categoryCorrected ? 'yes' : 'no',
    row.candidates.map((c) => `${c.topic}:${c.score}`).join(' '),
    row.question,
  ];
}

/** CSV text: a header, then one CRLF-terminated line per record. */
export function toNeedsCsv(rows: readonly NeedsRow[]): string {
  return [CSV_COLUMNS, ...rows.map(toCsvValues)].map((fields) => `${fields.map(toCsvField).join(',')}\r\n`).join('');
}

/** The report and its rows as one JSON document, for dashboards and scripts. */
export function toNeedsJson(report: NeedsReport, rows: readonly NeedsRow[]): string {
  return JSON.stringify({ report, records: rows }, null, 2);
}
