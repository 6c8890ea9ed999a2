import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedClassifier } from '../support/classifier.js';
import { TEST_DATA_DIR } from '../support/paths.js';

describe('the topic classifier', () => {
  it('keeps one set of trained heads in the data folder: those of earlier examples are removed when it retrains', async () => {
    await sharedClassifier();
    expect(readdirSync(join(TEST_DATA_DIR, 'classifier')).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
  });

  it('returns a topic id, a confidence between 0 and 1, the language and ranked alternatives', async () => {
    const { classifier } = await sharedClassifier();
    const c = await classifier.classify('how do i get a national insurance number in london');
    expect(c.topic).toBe('tax-number');
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(c.language).toBe('en');
    expect(c.alternatives).toHaveLength(3);
    expect(c.alternatives.map((a) => a.topic)).not.toContain(c.topic);
    const confidences = c.alternatives.map((a) => a.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
  });

  it.each([
    ['ar', 'كيف احصل على codice fiscale', 'tax-number'],
    ['ar', 'kif a3mel codice fiscale', 'tax-number'],
    ['fa', 'صاحب کارم حقوقم رو نداده', 'unpaid-wages'],
    ['uk', 'потрібен дозвіл на роботу', 'work-permit'],
    ['ru', 'как получить разрешение на работу', 'work-permit'],
    ['fr', 'mon patron ne me paie pas', 'unpaid-wages'],
    ['it', 'come rinnovare il permesso di soggiorno', 'residence-permit-renewal'],
    ['fi', 'mista saan verokortin', 'tax-card-and-return'],
    ['de', 'wo kann ich deutsch lernen', 'language-courses'],
    ['en', 'he is hitting me help', 'emergency'],
  ])('understands a %s question: %s', async (language, text, topic) => {
    const { classifier } = await sharedClassifier();
    const c = await classifier.classify(text);
    expect(c.topic).toBe(topic);
    expect(c.language).toBe(language);
  });

  it('sends questions outside the topics to none', async () => {
    const { classifier } = await sharedClassifier();
    for (const text of ['what is the weather tomorrow', 'best pizza in naples', 'are you a robot']) {
      expect((await classifier.classify(text)).topic, text).toBe('none');
    }
  });

  it('gives input without letters the undetermined language and none', async () => {
    const { classifier } = await sharedClassifier();
    const c = await classifier.classify('!!! ???');
    expect(c.language).toBe('und');
    expect(c.topic).toBe('none');
  });
});
