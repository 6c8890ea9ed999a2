import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmbedder } from '../../../intents/embedder.js';
import { buildModel, isModelCurrent } from '../../../intents/model/build-model.js';
import { epochsFor } from '../../../intents/model/train-embeddings.js';
import type { Example } from '../../../intents/examples.js';

const classes = ['tax-number', 'unpaid-wages', 'none'];
const examples: Example[] = [
  { text: 'how to get codice fiscale', topic: 'tax-number', language: 'en' },
  { text: 'i need a tax number', topic: 'tax-number', language: 'en' },
  { text: 'كيف احصل على codice fiscale', topic: 'tax-number', language: 'ar' },
  { text: 'my boss did not pay me', topic: 'unpaid-wages', language: 'en' },
  { text: 'salary not paid two months', topic: 'unpaid-wages', language: 'en' },
  { text: 'المدير ما دفع راتبي', topic: 'unpaid-wages', language: 'ar' },
  { text: 'what is the weather', topic: 'none', language: 'en' },
  { text: 'where can i rent a flat', topic: 'none', language: 'en' },
];
const options = { dimensions: 8, epochs: 5, learningRate: 0.3, dropout: 0.5, seed: 3 };
const dir = mkdtempSync(join(tmpdir(), 'waymark-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled model build', () => {
  it('writes the Hugging Face layout that transformers.js loads, and embeds through the feature-extraction pipeline', async () => {
    buildModel(examples, classes, 'hash-a', join(dir, 'models', 'm1'), () => {}, options);
    const embedder = await createEmbedder({ model: 'm1', modelsDir: join(dir, 'models'), cacheDir: join(dir, 'cache'), allowRemote: false, queryPrefix: '' });
    const [a, b, empty] = await embedder.embed(['codice fiscale', 'boss did not pay', '']);
    expect(embedder.dimensions).toBe(8);
    const norm = (v: Float32Array): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    expect(norm(a as Float32Array)).toBeCloseTo(1, 5);
    expect(norm(b as Float32Array)).toBeCloseTo(1, 5);
    expect([...(empty as Float32Array)].every((x) => x === 0)).toBe(true);
    await embedder.dispose();
  });

  it('is deterministic: the same examples give byte-identical files', () => {
    buildModel(examples, classes, 'hash-b', join(dir, 'models', 'm2'), () => {}, options);
    buildModel(examples, classes, 'hash-b', join(dir, 'models', 'm3'), () => {}, options);
    for (const file of ['onnx/model.onnx', 'tokenizer.json', 'config.json']) {
      expect(readFileSync(join(dir, 'models', 'm2', file)).equals(readFileSync(join(dir, 'models', 'm3', file)))).toBe(true);
    }
  });

  it('records which examples it was built from, so a change triggers a rebuild', () => {
    buildModel(examples, classes, 'hash-c', join(dir, 'models', 'm4'), () => {}, options);
    expect(isModelCurrent(join(dir, 'models', 'm4'), 'hash-c')).toBe(true);
    expect(isModelCurrent(join(dir, 'models', 'm4'), 'hash-d')).toBe(false);
    expect(isModelCurrent(join(dir, 'models', 'missing'), 'hash-c')).toBe(false);
  });

  it('reports progress from start to finish', () => {
    const seen: number[] = [];
    buildModel(examples, classes, 'hash-e', join(dir, 'models', 'm5'), (done, total) => seen.push(done / total), options);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
  });
});

describe('the training length', () => {
  it('shrinks the epochs as the examples grow, so the build stays under a minute, and never below six', () => {
    expect(epochsFor(1_000)).toBe(20);
    expect(epochsFor(45_000)).toBe(20);
    expect(epochsFor(90_000)).toBe(10);
    expect(epochsFor(1_000_000)).toBe(6);
  });
});
