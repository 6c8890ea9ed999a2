/**
 * Builds the bundled model and the classifier heads once per test run, from the real examples, into a data
 * folder the suites share (`data/test`, ignored by git). Nothing is downloaded.
 */
import { join } from 'node:path';
import { loadClassifier } from '../../intents/load-classifier.js';
import { PROJECT_ROOT } from '../../knowledge/project-root.js';
import { testModelSettings, TEST_DATA_DIR } from './paths.js';

export default async function setup(): Promise<void> {
  const started = performance.now();
  const { embedder } = await loadClassifier(PROJECT_ROOT, TEST_DATA_DIR, testModelSettings());
  await embedder.dispose();
  process.stderr.write(`test setup: classifier ready in ${((performance.now() - started) / 1000).toFixed(1)} s (${join(TEST_DATA_DIR, 'models')})\n`);
}
