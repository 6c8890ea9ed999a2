import { beforeAll, describe, expect, it } from 'vitest';
import { findThemes, type Embed } from '../../../bot/needs/themes.js';
import type { UnmetNeed } from '../../../bot/store/types.js';
import { sharedClassifier } from '../../support/classifier.js';

let embed: Embed;
beforeAll(async () => {
  const { embedder } = await sharedClassifier();
  embed = (texts) => embedder.embed(texts);
});

let seq = 0;
const asked = (language: string, question: string | undefined, userHash?: string): UnmetNeed => ({
  at: `2026-11-20T${String(seq++ % 24).padStart(2, '0')}:00:00.000Z`,
  channel: 'web',
  language,
  reason: 'none',
  candidates: [],
  ...(question === undefined ? {} : { question }),
  ...(userHash ? { userHash } : {}),
});

const housing = [
  asked('en', 'where can I find a flat to rent', 'a'),
  asked('fr', 'où trouver un logement à louer', 'b'),
  asked('ru', 'где найти квартиру в аренду', 'c'),
  asked('uk', 'де знайти житло в оренду', 'd'),
];
const wages = [
  asked('en', 'my employer did not pay my salary', 'e'),
  asked('fr', "mon patron ne m'a pas payé mon salaire", 'f'),
  asked('ru', 'работодатель не платит зарплату', 'g'),
];

describe('themes of the unmet-needs log', () => {
  it('groups paraphrases of one need asked in different languages, apart from another need', async () => {
    const themes = await findThemes([...housing, ...wages], embed);
    expect(themes.map((t) => [t.count, t.languages])).toEqual([
      [4, ['en', 'fr', 'ru', 'uk']],
      [3, ['en', 'fr', 'ru']],
    ]);
    expect(themes[1]?.questions).toContain('my employer did not pay my salary');
  });

  it('counts a person who asked twice once, and gives their share of everyone who asked', async () => {
    const again = asked('en', 'Where can I find a flat to rent?', 'a');
    const themes = await findThemes([...housing, again, ...wages, asked('ar', undefined, 'h')], embed);
    const theme = themes.find((t) => t.languages.includes('uk'));
    expect(theme).toMatchObject({ count: 5, askers: 4 });
    expect(theme?.askerShare).toBeCloseTo(4 / 8);
  });

  it('counts each record unlinked by /forget as one person', async () => {
    const unlinked = housing.map((r) => {
      const copy = { ...r };
      delete copy.userHash;
      return copy;
    });
    const [theme] = await findThemes(unlinked, embed);
    expect(theme).toMatchObject({ count: 4, askers: 4, askerShare: 1 });
  });

  it('shows at most three distinct questions, with personal data removed', async () => {
    const named = asked('en', 'my name is Amina Karimi, where can I find a flat to rent', 'x');
    const duplicate = asked('fr', 'Où trouver un logement à louer ', 'y');
    const themes = await findThemes([...housing, named, duplicate], embed);
    const theme = themes.find((t) => t.languages.includes('uk'));
    expect(theme?.questions).toHaveLength(3);
    expect(new Set(theme?.questions).size).toBe(3);
    const all = themes.flatMap((t) => t.questions).join('\n');
    expect(all).not.toMatch(/Amina|Karimi/);
  });

  it('finds the same themes whatever order the log is stored in', async () => {
    const log = [...housing, ...wages, asked('ru', 'как получить налоговый номер', 'z')];
    const forward = await findThemes(log, embed);
    const backward = await findThemes([...log].reverse(), embed);
    expect(backward).toEqual(forward);
  });

  it('leaves records without a question out of the themes', async () => {
    expect(await findThemes([asked('ar', undefined, 'p'), asked('en', '   ', 'q')], embed)).toEqual([]);
  });
});
