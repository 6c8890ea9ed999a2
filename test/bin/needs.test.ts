import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runNeeds, type NeedsDeps } from '../../bin/commands/needs.js';
import { loadNeedCategories } from '../../bot/needs/categories.js';
import { openFileStore } from '../../bot/store/lowdb-store.js';
import { PROJECT_ROOT } from '../../knowledge/project-root.js';
import { sharedClassifier } from '../support/classifier.js';
import { parseCsv, SEEDED_HASHES, seededLog } from '../support/needs-log.js';

let dir: string;
let deps: NeedsDeps;
let output: string[];
const out = (s: string): void => void output.push(s);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'waymark-needs-'));
  const store = await openFileStore(join(dir, 'store.json'));
  for (const record of seededLog()) await store.addUnmetNeed(record);
  const { embedder } = await sharedClassifier();
  deps = { store, categories: loadNeedCategories(PROJECT_ROOT), embed: (texts) => embedder.embed(texts), now: () => new Date('2026-11-22T18:00:00Z') };
  output = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('waymark needs', () => {
  it('prints the report of the last seven days as text by default', async () => {
    expect(await runNeeds(deps, {}, out)).toBe(0);
    const text = output.join('\n');
    expect(text).toMatch(/^Unmet needs from 2026-11-16 to 2026-11-22: 6 record\(s\) from 5 person\(s\)/);
    expect(text).toContain('N08 Exploitation and illegal employer practice');
    expect(text).toContain('2026-W47');
    expect(text).toMatch(/Top themes:\n {2}1\. 2 question\(s\)/);
    for (const hash of SEEDED_HASHES) expect(text).not.toContain(hash);
  });

  it('prints JSON for a given period with --json', async () => {
    await runNeeds(deps, { from: '2026-11-09', to: '2026-11-22', json: true }, out);
    const parsed = JSON.parse(output.join('\n'));
    expect(parsed.report.period).toEqual({ from: '2026-11-09', to: '2026-11-22' });
    expect(parsed.report.total).toBe(8);
    expect(parsed.records.some((r: object) => 'userHash' in r)).toBe(false);
  });

  it('writes a CSV file readable by spreadsheets with --csv, and says where', async () => {
    const file = join(dir, 'needs.csv');
    await runNeeds(deps, { from: '2026-11-09', to: '2026-11-22', csv: file }, out);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).not.toContain('userHash');
    expect(rows).toHaveLength(8);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(output).toEqual([`Wrote 8 record(s) from 2026-11-09 to 2026-11-22 to ${file}`]);
  });

  it('says so when nothing was logged in the period', async () => {
    await runNeeds(deps, { from: '2025-01-01', to: '2025-01-31' }, out);
    expect(output.join('\n')).toContain('Nothing was logged in this period.');
  });

  it('refuses a malformed date with a hint on the format', async () => {
    await expect(runNeeds(deps, { from: '22/11/2026' }, out)).rejects.toMatchObject({ code: 'INPUT_REJECTED', hint: expect.stringContaining('YYYY-MM-DD') });
  });
});
