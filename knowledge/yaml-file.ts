/**
 * Reads a YAML data file and validates it against a zod schema, turning every failure into a {@link Problem}
 * with the file and the key path, so a content editor sees all mistakes at once.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './errors.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Paths in problems are relative to the project root, so messages read the same on every machine. */
export function displayPath(root: string, file: string): string {
  return relative(root, file) || file;
}

export function readYamlFile<S extends z.ZodType>(root: string, file: string, schema: S): Parsed<z.infer<S>> {
  const shown = displayPath(root, file);
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'), { prettyErrors: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
    return { ok: false, problems: [{ file: shown, key: '(file)', message: `not valid YAML: ${message}`, severity: 'error' }] };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file: shown,
      key: issue.path.length ? issue.path.join('.') : '(root)',
      message: issue.message,
      severity: 'error' as const,
    })),
  };
}
