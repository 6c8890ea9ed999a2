/**
 * The tokenizer of the bundled embedding model, written as the Hugging Face `tokenizer.json` that transformers.js
 * loads. The same spec is used by the trainer (through `@huggingface/tokenizers`) so that training and inference
 * split text identically.
 */

/** Special tokens, in id order. Their embeddings are zero so mean pooling is unaffected by them after normalisation. */
export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;
export const CONTINUATION_PREFIX = '##';
export const MAX_WORD_CHARS = 100;

/**
 * Letter variants people use interchangeably when typing on a phone, folded after lower-casing and accent
 * stripping: Arabic and Persian yeh/kaf forms, taa marbuta, tatweel, Eastern Arabic digits, dotless i, sharp s,
 * final sigma, Russian yo.
 */
const FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['ي', 'ی'],
  ['ى', 'ی'],
  ['ے', 'ی'],
  ['ك', 'ک'],
  ['ة', 'ه'],
  ['ۀ', 'ه'],
  ['ـ', ''],
  ['ı', 'i'],
  ['ß', 'ss'],
  ['ς', 'σ'],
  ['ё', 'е'],
  ['’', "'"],
  ...Array.from('٠١٢٣٤٥٦٧٨٩', (d, i) => [d, String(i)] as const),
  ...Array.from('۰۱۲۳۴۵۶۷۸۹', (d, i) => [d, String(i)] as const),
];

/** The normalizer section of tokenizer.json: BERT cleaning, lower-casing and accent stripping, then the folds. */
export function toNormalizerSpec(): Record<string, unknown> {
  return {
    type: 'Sequence',
    normalizers: [
      { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: true, lowercase: true },
      ...FOLDS.map(([from, to]) => ({ type: 'Replace', pattern: { String: from }, content: to })),
    ],
  };
}

/** The complete tokenizer.json for a WordPiece vocabulary whose first entries are {@link SPECIAL_TOKENS}. */
export function toTokenizerJson(vocab: readonly string[]): Record<string, unknown> {
  const ids: Record<string, number> = {};
  vocab.forEach((token, id) => {
    ids[token] = id;
  });
  const id = (token: string): number => {
    const value = ids[token];
    if (value === undefined) throw new Error(`tokenizer vocabulary lacks the special token ${token}`);
    return value;
  };
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content) => ({
      id: id(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: toNormalizerSpec(),
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [id('[CLS]')], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [id('[SEP]')], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: CONTINUATION_PREFIX, cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: CONTINUATION_PREFIX,
      max_input_chars_per_word: MAX_WORD_CHARS,
      vocab: ids,
    },
  };
}

/** tokenizer_config.json: transformers.js needs the pad token and a maximum length. */
export function toTokenizerConfig(): Record<string, unknown> {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: true,
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    mask_token: '[MASK]',
    model_max_length: 256,
    clean_up_tokenization_spaces: true,
  };
}
