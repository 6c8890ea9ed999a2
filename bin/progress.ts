/**
 * Progress bars on stderr for long steps (building the bundled model, embedding the examples), so stdout stays
 * clean for JSON output. Silent when stderr is not a terminal, except for one line per stage.
 */
import cliProgress from 'cli-progress';
import type { Progress } from '../intents/load-classifier.js';

const LABELS: Record<string, string> = {
  model: 'Building the bundled embedding model',
  classifier: 'Training the classifier on the examples',
};

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const bars = new Map<string, cliProgress.SingleBar>();
  return (stage, done, total) => {
    let bar = bars.get(stage);
    if (!bar) {
      if (!stream.isTTY) stream.write(`${LABELS[stage] ?? stage}…\n`);
      bar = new cliProgress.SingleBar(
        { stream, format: `${(LABELS[stage] ?? stage).padEnd(42)} [{bar}] {percentage}% {value}/{total}`, noTTYOutput: false, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
      bars.set(stage, bar);
    }
    bar.update(done);
    if (done >= total) bar.stop();
  };
}
