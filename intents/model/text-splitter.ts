/**
 * Normalises and splits text exactly as the bundled model's tokenizer does, by running the real
 * `@huggingface/tokenizers` implementation on the same tokenizer.json spec. The trainer and the character
 * n-gram features use it, so what they learn matches what transformers.js feeds the model.
 */
import { Tokenizer } from '@huggingface/tokenizers';
import { SPECIAL_TOKENS, toTokenizerConfig, toTokenizerJson } from './tokenizer-spec.js';

export interface TextSplitter {
  /** Lower-cased, accent-stripped, letter-folded text. */
  normalize(text: string): string;
  /** The words the WordPiece model sees (after normalisation and the BERT pre-tokenizer). */
  words(text: string): string[];
}

export function createTextSplitter(): TextSplitter {
  const tokenizer = new Tokenizer(toTokenizerJson([...SPECIAL_TOKENS]), toTokenizerConfig());
  const { normalizer, pre_tokenizer: preTokenizer } = tokenizer;
  if (!normalizer || !preTokenizer) throw new Error('tokenizer spec must define a normalizer and a pre-tokenizer');
  const normalize = (text: string): string => normalizer.normalize(text);
  return {
    normalize,
    words: (text) => preTokenizer.pre_tokenize(normalize(text)),
  };
}
