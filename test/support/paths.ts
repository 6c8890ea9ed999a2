/** Where the shared test model lives, and the model settings that point at it. */
import { join } from 'node:path';
import type { ModelSettings } from '../../intents/load-classifier.js';
import { PROJECT_ROOT } from '../../knowledge/project-root.js';

export const TEST_DATA_DIR = join(PROJECT_ROOT, 'data', 'test');

export function testModelSettings(): ModelSettings {
  return {
    model: 'bundled',
    modelsDir: join(TEST_DATA_DIR, 'models'),
    cacheDir: join(TEST_DATA_DIR, 'cache'),
    allowRemote: false,
    queryPrefix: '',
  };
}
