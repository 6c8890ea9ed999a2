/**
 * `waymark classify`: one JSON object for a text given as argument, or one per line for questions on stdin.
 */
import { createInterface } from 'node:readline';
import type { Classification, TopicClassifier } from '../../intents/classifier.js';

function toJson(c: Classification): string {
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return JSON.stringify({
    text: c.text,
    topic: c.topic,
    confidence: round(c.confidence),
    language: c.language,
    alternatives: c.alternatives.map((a) => ({ topic: a.topic, confidence: round(a.confidence) })),
    ambiguous: c.ambiguous,
  });
}

export async function runClassify(classifier: TopicClassifier, text: string | undefined, input: NodeJS.ReadableStream, out: (s: string) => void): Promise<number> {
  if (text !== undefined) {
    out(toJson(await classifier.classify(text)));
    return 0;
  }
  for await (const line of createInterface({ input, terminal: false })) {
    if (line.trim() === '') continue;
    out(toJson(await classifier.classify(line)));
  }
  return 0;
}
