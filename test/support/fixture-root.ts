/**
 * A throwaway project root holding a copy of the real catalogue files and whatever content a test writes, so
 * validators can be exercised on broken files without touching the repository.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../../knowledge/project-root.js';

export interface FixtureRoot {
  root: string;
  write(path: string, content: string): void;
  remove(): void;
}

export function createFixtureRoot(): FixtureRoot {
  const root = mkdtempSync(join(tmpdir(), 'waymark-fixture-'));
  for (const file of ['topics.yaml', 'languages.yaml', 'countries.yaml', 'phrases.yaml']) {
    cpSync(join(PROJECT_ROOT, 'knowledge', file), join(root, 'knowledge', file));
  }
  cpSync(join(PROJECT_ROOT, 'knowledge', 'strings'), join(root, 'knowledge', 'strings'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'knowledge', 'emergency'), join(root, 'knowledge', 'emergency'), { recursive: true });
  mkdirSync(join(root, 'knowledge', 'answers'), { recursive: true });
  mkdirSync(join(root, 'knowledge', 'organisations'), { recursive: true });
  writeFileSync(join(root, 'knowledge', 'coverage-targets.yaml'), 'version: 1\ntargets: []\n');
  return {
    root,
    write(path, content) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A valid answer file, with fields overridable by simple text replacement. */
export function answerYaml(options: { topic?: string; country?: string; lastVerified?: string; extra?: string; organisations?: string[] } = {}): string {
  return [
    `topic: ${options.topic ?? 'tax-number'}`,
    `country: ${options.country ?? 'IT'}`,
    'status: verified',
    `last_verified: "${options.lastVerified ?? '2026-11-01'}"`,
    'offices:',
    '  - name: Agenzia delle Entrate',
    '    url: https://www.agenziaentrate.gov.it/',
    'sources:',
    '  - url: https://www.agenziaentrate.gov.it/portale/codice-fiscale',
    '    title: Codice fiscale',
    `organisations: [${(options.organisations ?? []).join(', ')}]`,
    options.extra ?? '',
    'texts:',
    '  en:',
    '    status: original',
    '    summary: You need a codice fiscale to work.',
    '    where: Any office of the Agenzia delle Entrate.',
    '    steps:',
    '      - Bring your passport.',
  ].join('\n');
}
