/**
 * The `waymark` command line: the composition root. The only module that reads `process.env`, writes the
 * process's exit code, and wires adapters to the core.
 */
import { join } from 'node:path';
import { Command } from 'commander';
import { loadConfig, type Config } from '../bot/config.js';
import { createLogger } from '../bot/logger.js';
import { loadExamplesOrThrow } from '../intents/examples.js';
import { BUNDLED_MODEL_ID, ensureBundledModel, loadClassifier } from '../intents/load-classifier.js';
import type { TopicClassifier } from '../intents/classifier.js';
import type { Embedder } from '../intents/embedder.js';
import { readBuildInfo } from '../intents/model/build-model.js';
import { WaymarkError, InvalidDataError } from '../knowledge/errors.js';
import { PROJECT_ROOT } from '../knowledge/project-root.js';
import { loadTopics } from '../knowledge/topics.js';
import { runChat } from './commands/chat.js';
import { runClassify } from './commands/classify.js';
import { runEval } from './commands/eval.js';
import { runKbCheck } from './commands/kb-check.js';
import { startServer } from './commands/start.js';
import { createProgress } from './progress.js';
import { runNeeds, type NeedsOptions } from './commands/needs.js';
import { loadNeedCategories } from '../bot/needs/categories.js';
import { openFileStore } from '../bot/store/lowdb-store.js';

const root = PROJECT_ROOT;
const out = (s: string): void => void process.stdout.write(`${s}\n`);
const config = (): Config => loadConfig(process.env, process.cwd());
/** Commands other than `start` log warnings only, to stderr, so their output stays readable. */
const quietLog = (c: Config) => createLogger(c.logLevel === 'info' ? 'warn' : c.logLevel, process.stderr as never);

/** Loads the classifier for a command and always releases the model afterwards. */
async function withClassifier<T>(c: Config, use: (classifier: TopicClassifier, embedder: Embedder) => Promise<T>): Promise<T> {
  const { classifier, embedder } = await loadClassifier(root, c.dataDir, c.model, createProgress());
  try {
    return await use(classifier, embedder);
  } finally {
    await embedder.dispose();
  }
}

async function run(action: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await action();
  } catch (error) {
    if (error instanceof WaymarkError) {
      process.stderr.write(`waymark: ${error.code}: ${error.message}\nHow to fix: ${error.hint}\n`);
    } else {
      process.stderr.write(`waymark: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = error instanceof InvalidDataError ? 2 : 1;
  }
}

const program = new Command('waymark')
  .description('Multilingual advice bot for migrants, refugees and asylum seekers, answering from curated, sourced content.')
  .showHelpAfterError();

program
  .command('start')
  .description('Serve the web chat and every configured channel (configuration: environment variables, see .env.example).')
  .action(() =>
    run(async () => {
      const c = config();
      const log = createLogger(c.logLevel);
      const running = await startServer(root, c, log, createProgress());
      const stop = (signal: string): void => {
        log.info({ signal }, 'stopping: finishing turns in flight');
        void running.stop().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return new Promise<number>(() => {});
    }),
  );

program
  .command('chat')
  .description('Chat with the bot in this terminal; buttons are numbered, type the number to press one.')
  .option('--lang <code>', 'your language, as a hint for the first reply')
  .action((opts: { lang?: string }) =>
    run(async () => {
      const c = config();
      return runChat(root, c, quietLog(c), { input: process.stdin, output: process.stdout, ...(opts.lang ? { languageHint: opts.lang } : {}) }, createProgress());
    }),
  );

program
  .command('classify')
  .argument('[text]', 'the question; without it, one question per line is read from stdin')
  .description('Print the topic, confidence, language and alternatives as JSON (one object per line).')
  .action((text: string | undefined) =>
    run(async () => {
      return withClassifier(config(), (classifier) => runClassify(classifier, text, process.stdin, out));
    }),
  );

program
  .command('eval')
  .description('Measure the classifier on the held-out dev set and print the figures the README reports.')
  .option('--tune', 'search the decision settings on the dev set and print them')
  .option('--write', `with --tune, save the tuned settings to intents/classifier.yaml`)
  .option('--latency-samples <n>', 'questions timed one at a time', '500')
  .action((opts: { tune?: boolean; write?: boolean; latencySamples: string }) =>
    run(async () => {
      const c = config();
      const dev = loadExamplesOrThrow(root, 'dev', loadTopics(root).classes).examples;
      return withClassifier(c, (classifier) =>
        runEval(
        classifier,
        dev,
        {
          tune: Boolean(opts.tune),
          write: Boolean(opts.write),
          root,
          modelPath: c.model.model === 'bundled' ? join(c.model.modelsDir, BUNDLED_MODEL_ID) : join(c.model.modelsDir, c.model.model),
          classifierDir: join(c.dataDir, 'classifier'),
          latencySamples: Number(opts.latencySamples),
        },
        out,
        ),
      );
    }),
  );

program
  .command('train')
  .description('Build the bundled embedding model from the training examples (done automatically when they change).')
  .option('--force', 'rebuild even if the examples did not change')
  .action((opts: { force?: boolean }) =>
    run(async () => {
      const c = config();
      const started = performance.now();
      const built = ensureBundledModel(root, c.model.modelsDir, createProgress(), Boolean(opts.force));
      const dir = join(c.model.modelsDir, BUNDLED_MODEL_ID);
      const info = readBuildInfo(dir);
      out(built ? `Built ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(info)}` : `Up to date: ${dir} (${JSON.stringify(info)}). Use --force to rebuild.`);
      return 0;
    }),
  );

program
  .command('needs')
  .description('Report the unmet-needs log for a period: counts by category, country, language, channel and reason, week by week, and the main themes.')
  .option('--from <date>', 'first day, YYYY-MM-DD (default: 6 days before --to)')
  .option('--to <date>', 'last day, included, YYYY-MM-DD (default: today, UTC)')
  .option('--json', 'print the report and its records as JSON')
  .option('--csv <file>', 'write one row per record (never a user id) to this CSV file')
  .action((opts: NeedsOptions) =>
    run(async () => {
      const c = config();
      const categories = loadNeedCategories(root);
      const store = await openFileStore(join(c.dataDir, 'store.json'));
      return withClassifier(c, (_classifier, embedder) =>
        runNeeds({ store, categories, embed: (texts) => embedder.embed(texts), now: () => new Date() }, opts, out),
      );
    }),
  );

const kb = program.command('kb').description('Knowledge-base tools.');
kb.command('check')
  .description('Validate every content file; print all problems, items waiting for review, and the coverage matrix.')
  .option('--json', 'print the matrix and the problems as JSON')
  .action((opts: { json?: boolean }) => run(async () => runKbCheck(root, { json: Boolean(opts.json) }, out)));

await program.parseAsync(process.argv);
