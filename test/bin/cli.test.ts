import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKbCheck } from '../../bin/commands/kb-check.js';
import { PROJECT_ROOT } from '../../knowledge/project-root.js';
import { TEST_DATA_DIR } from '../support/paths.js';

const run = promisify(execFile);
const waymark = join(PROJECT_ROOT, 'bin', 'waymark.js');
const env = { ...process.env, DATA_DIR: TEST_DATA_DIR, LOG_LEVEL: 'error' };

describe('waymark classify', () => {
  it('prints one JSON object for a question given as argument', async () => {
    const { stdout } = await run('node', [waymark, 'classify', 'my employer has not paid me'], { env });
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['text', 'topic', 'confidence', 'language', 'alternatives']));
    expect(result.topic).toBe('unpaid-wages');
    expect(result.language).toBe('en');
  });

  it('reads one question per line from stdin and writes one JSON object per line', async () => {
    const child = run('node', [waymark, 'classify'], { env });
    child.child.stdin?.end('how to open a bank account\n\nwhat is the weather\n');
    const lines = (await child).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.topic)).toEqual(['bank-account', 'none']);
  });
});

describe('waymark --help', () => {
  it('lists every subcommand, and each has its own help', async () => {
    const { stdout } = await run('node', [waymark, '--help'], { env });
    for (const command of ['start', 'chat', 'classify', 'eval', 'train', 'kb']) expect(stdout).toContain(command);
    const { stdout: kb } = await run('node', [waymark, 'kb', 'check', '--help'], { env });
    expect(kb).toContain('--json');
  });
});

describe('waymark kb check', () => {
  it('prints the coverage matrix and the problems as JSON, and succeeds on this repository', () => {
    let output = '';
    const code = runKbCheck(PROJECT_ROOT, { json: true }, (s) => (output += s));
    const report = JSON.parse(output);
    expect(code).toBe(0);
    expect(report.ok).toBe(true);
    expect(Object.keys(report.coverage)).toEqual(['CZ', 'DK', 'FI', 'GB', 'GR', 'IT', 'CH']);
    expect(report.coverage.IT['tax-number']).toEqual(expect.arrayContaining(['en', 'ar', 'fa', 'uk', 'fr']));
    expect(Array.isArray(report.needsReview)).toBe(true);
  });
});
