/** Loads the classifier the global setup built; memoised per test file. */
import { loadClassifier, type LoadedClassifier } from '../../intents/load-classifier.js';
import { PROJECT_ROOT } from '../../knowledge/project-root.js';
import { testModelSettings, TEST_DATA_DIR } from './paths.js';

let loaded: Promise<LoadedClassifier> | undefined;

export function sharedClassifier(): Promise<LoadedClassifier> {
  loaded ??= loadClassifier(PROJECT_ROOT, TEST_DATA_DIR, testModelSettings());
  return loaded;
}
