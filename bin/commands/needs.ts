/**
 * `waymark needs`: the unmet-needs report for a period (default: the last 7 days), as text, as JSON (`--json`),
 * or as a CSV file with one row per record (`--csv <file>`). Reads the log; never changes it.
 */
import { writeFile } from 'node:fs/promises';
import type { NeedCategories } from '../../bot/needs/categories.js';
import { toNeedsCsv, toNeedsJson } from '../../bot/needs/report-export.js';
import { formatNeedsReport } from '../../bot/needs/report-text.js';
import { createNeedsReport, toNeedsPeriod } from '../../bot/needs/report.js';
import type { Embed } from '../../bot/needs/themes.js';
import type { Store } from '../../bot/store/types.js';

export interface NeedsOptions {
  /** First day, YYYY-MM-DD (UTC). */
  from?: string;
  /** Last day, included, YYYY-MM-DD (UTC). */
  to?: string;
  json?: boolean;
  /** Where to write the CSV export. */
  csv?: string;
}

export interface NeedsDeps {
  store: Pick<Store, 'listUnmetNeeds'>;
  categories: NeedCategories;
  /** Sentence embeddings for the themes: the classifier's embedder. */
  embed: Embed;
  now: () => Date;
}

/** Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark; Arabic and Cyrillic need it. */
const UTF8_BOM = '\uFEFF';

export async function runNeeds(deps: NeedsDeps, options: NeedsOptions, out: (s: string) => void): Promise<number> {
  const period = toNeedsPeriod(options, deps.now());
  const { report, rows } = await createNeedsReport(await deps.store.listUnmetNeeds(), period, { categories: deps.categories, embed: deps.embed });
  if (options.csv !== undefined) {
    // Owner-only: even redacted questions are sensitive.
    await writeFile(options.csv, UTF8_BOM + toNeedsCsv(rows), { mode: 0o600 });
    if (!options.json) out(`Wrote ${rows.length} record(s) from ${period.from} to ${period.to} to ${options.csv}`);
  }
  if (options.json) out(toNeedsJson(report, rows));
  else if (options.csv === undefined) out(formatNeedsReport(report));
  return 0;
}
