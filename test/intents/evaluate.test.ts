import { describe, expect, it } from 'vitest';
import { decideTopic, measure, meetsTargets } from '../../intents/evaluate.js';
import type { Example } from '../../intents/examples.js';

const ex = (topic: string, language = 'en'): Example => ({ text: topic, topic, language });

describe('evaluation figures', () => {
  it('count accuracy overall and per language, and none precision and recall', () => {
    const examples = [ex('tax-number'), ex('none'), ex('none', 'ar'), ex('work-permit', 'ar')];
    const predictions = [
      { topic: 'tax-number', confidence: 0.9 },
      { topic: 'none', confidence: 0.8 },
      { topic: 'work-permit', confidence: 0.6 },
      { topic: 'none', confidence: 0.7 },
    ];
    const m = measure(examples, predictions);
    expect(m.accuracy).toBe(0.5);
    expect(m.perLanguage).toEqual({ ar: { questions: 2, accuracy: 0 }, en: { questions: 2, accuracy: 1 } });
    expect(m.nonePrecision).toBe(0.5);
    expect(m.noneRecall).toBe(0.5);
    expect(m.falseNoneRate).toBe(0.5);
    expect(m.confusions).toContainEqual({ gold: 'none', predicted: 'work-permit', count: 1 });
  });

  it('send a low-confidence top topic to none', () => {
    expect(decideTopic(['a', 'b', 'none'], [0.4, 0.35, 0.25], 0.5)).toEqual({ topic: 'none', confidence: 0.6 });
    expect(decideTopic(['a', 'b', 'none'], [0.6, 0.3, 0.1], 0.5)).toEqual({ topic: 'a', confidence: 0.6 });
  });

  it('hold the targets to every language, not only the average', () => {
    const good = { questions: 10, accuracy: 0.95, perLanguage: { en: { questions: 5, accuracy: 1 }, ar: { questions: 5, accuracy: 0.79 } }, nonePrecision: 1, noneRecall: 1, falseNoneRate: 0, calibrationError: 0, confusions: [] };
    expect(meetsTargets(good)).toBe(false);
    expect(meetsTargets({ ...good, perLanguage: { en: { questions: 5, accuracy: 1 }, ar: { questions: 5, accuracy: 0.9 } } })).toBe(true);
  });
});
