import { Tokenizer } from '@huggingface/tokenizers';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../intents/rng.js';
import { segmentGreedy, segmentRandom } from '../../../intents/model/segment.js';
import { createTextSplitter } from '../../../intents/model/text-splitter.js';
import { toTokenizerConfig, toTokenizerJson } from '../../../intents/model/tokenizer-spec.js';
import { buildVocab } from '../../../intents/model/vocab.js';

const corpus = [
  'How do I get a codice fiscale in Italy?',
  'كيف احصل على الرقم الضريبي في إيطاليا',
  'چطور می‌توانم کار پیدا کنم',
  'Мені потрібен дозвіл на роботу',
  'ብኸመይ ናይ ስራሕ ፍቓድ ክረክብ',
  'potrebuji pracovní povolení',
  'Χρειάζομαι ΑΦΜ για δουλειά',
  'mi capo non mi paga da due mesi',
];

describe('WordPiece segmentation', () => {
  const splitter = createTextSplitter();
  const vocab = buildVocab(corpus.flatMap((t) => splitter.words(t)));
  const ids = new Map(vocab.map((t, i) => [t, i]));
  const hf = new Tokenizer(toTokenizerJson(vocab), toTokenizerConfig());
  const unk = ids.get('[UNK]') as number;

  it('matches the Hugging Face tokenizer on seen and unseen words in every script', () => {
    const probes = [...corpus, 'codicefiscale italia salary unpaid', 'اريد محامي مجاني', 'Ich brauche eine Arbeitsbewilligung', 'Työlupa Suomessa'];
    for (const text of probes) {
      const ours = splitter.words(text).flatMap((w) => segmentGreedy(w, ids, unk));
      const theirs = hf.encode(text, { add_special_tokens: false }).ids;
      expect(ours).toEqual(theirs);
    }
  });

  it('never turns a word of a seeded script into [UNK], even when the word was never seen', () => {
    for (const word of ['ናይ', 'ምኽሪ', 'قانون', 'зарплата', 'μισθός', 'zzzqqq']) {
      for (const w of splitter.words(word)) expect(segmentGreedy(w, ids, unk)).not.toContain(unk);
    }
  });

  it('folds letter variants people type interchangeably', () => {
    expect(splitter.normalize('كيف ي ى')).toBe(splitter.normalize('کیف ی ی'));
    expect(splitter.normalize('Straße')).toBe('strasse');
    expect(splitter.normalize('PRACOVNÍ POVOLENÍ')).toBe('pracovni povoleni');
  });

  it('gives random segmentations that cover the word with pieces from the vocabulary', () => {
    const rng = createRng(1);
    const byId = new Map([...ids].map(([t, i]) => [i, t]));
    for (let n = 0; n < 50; n++) {
      const pieces = segmentRandom('fiscale', ids, unk, rng, 0.9).map((i) => byId.get(i) as string);
      expect(pieces.map((p, i) => (i === 0 ? p : p.replace(/^##/, ''))).join('')).toBe('fiscale');
    }
  });
});
