/**
 * UI strings in Fluent (https://projectfluent.org): one `knowledge/strings/<lang>.ftl` per language. Fluent gives
 * plural rules per language and isolates interpolated values, which keeps numbers and Latin-script names readable
 * inside right-to-left sentences. Missing keys fall back to English and are reported by `waymark kb check`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Problem } from './errors.js';

export const SOURCE_LANGUAGE = 'en';
/** Button labels must fit WhatsApp's reply-button title limit. */
export const BUTTON_LABEL_LIMIT = 20;
const BUTTON_KEY = /^(button-|topic-|country-[A-Z]{2}$)/;

export type StringArgs = Record<string, FluentVariable>;

export interface Strings {
  /** Languages with a strings file. */
  readonly languages: readonly string[];
  /** The message in `language`, or in English when that language lacks it. */
  format(language: string, key: string, args?: StringArgs): string;
  has(language: string, key: string): boolean;
}

export interface LoadedStrings {
  strings: Strings;
  problems: Problem[];
}

/**
 * @param rightToLeft languages written right to left: their placeables are isolated (FSI/PDI) so numbers, links
 * and Latin names keep their order; left-to-right text is left without invisible marks.
 */
export function loadStrings(root: string, rightToLeft: ReadonlySet<string> = new Set()): LoadedStrings {
  const dir = join(root, 'knowledge', 'strings');
  const problems: Problem[] = [];
  const bundles = new Map<string, FluentBundle>();
  const keysByLanguage = new Map<string, string[]>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    const language = name.replace(/\.ftl$/, '');
    const file = `knowledge/strings/${name}`;
    const resource = new FluentResource(readFileSync(join(dir, name), 'utf8'));
    const bundle = new FluentBundle(language, { useIsolating: rightToLeft.has(language) });
    for (const error of bundle.addResource(resource)) {
      problems.push({ file, key: '(file)', message: `Fluent syntax: ${error.message}`, severity: 'error' });
    }
    const keys = resource.body.map((m) => m.id);
    keysByLanguage.set(language, keys);
    bundles.set(language, bundle);
    for (const key of keys) {
      const message = bundle.getMessage(key);
      if (!message?.value) continue;
      if (BUTTON_KEY.test(key)) {
        const text = bundle.formatPattern(message.value, {}, []);
        const length = [...text.replace(/[\u2068\u2069]/g, '')].length;
        if (length > BUTTON_LABEL_LIMIT) {
          problems.push({ file, key, message: `button label has ${length} characters; the limit is ${BUTTON_LABEL_LIMIT}`, severity: 'error' });
        }
      }
    }
  }
  const source = keysByLanguage.get(SOURCE_LANGUAGE);
  if (!source) {
    problems.push({ file: 'knowledge/strings', key: `${SOURCE_LANGUAGE}.ftl`, message: 'the English source strings are missing', severity: 'error' });
  } else {
    for (const [language, keys] of keysByLanguage) {
      const present = new Set(keys);
      const missing = source.filter((k) => !present.has(k));
      if (missing.length) {
        problems.push({ file: `knowledge/strings/${language}.ftl`, key: missing.join(', '), message: 'missing; English is shown instead', severity: 'warning' });
      }
      const known = new Set(source);
      for (const k of keys) {
        if (!known.has(k)) problems.push({ file: `knowledge/strings/${language}.ftl`, key: k, message: 'not in en.ftl; unused', severity: 'warning' });
      }
    }
  }
  const format = (language: string, key: string, args?: StringArgs): string => {
    for (const lang of [language, SOURCE_LANGUAGE]) {
      const bundle = bundles.get(lang);
      const message = bundle?.getMessage(key);
      if (bundle && message?.value) {
        const errors: Error[] = [];
        const text = bundle.formatPattern(message.value, args ?? {}, errors);
        if (errors.length === 0) return text;
      }
    }
    throw new Error(`UI string "${key}" is missing from knowledge/strings/${SOURCE_LANGUAGE}.ftl or failed to format`);
  };
  return {
    strings: {
      languages: [...bundles.keys()],
      format,
      has: (language, key) => Boolean(bundles.get(language)?.getMessage(key)?.value),
    },
    problems,
  };
}
