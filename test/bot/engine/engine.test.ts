import { describe, expect, it } from 'vitest';
import { toPayload } from '../../../bot/engine/payload.js';
import type { Store } from '../../../bot/store/types.js';
import { openMemoryStore } from '../../../bot/store/lowdb-store.js';
import { createHarness } from '../../support/engine-harness.js';

const t = (h: Awaited<ReturnType<typeof createHarness>>, lang: string, key: string, args?: Record<string, string | number>): string =>
  h.knowledge.strings.format(lang, key, args);

describe('first contact', () => {
  it('greets a new user and asks for the country with a button per country', async () => {
    const h = await createHarness();
    const result = await h.send('u1', 'hello');
    expect(h.text(result)).toContain(t(h, 'en', 'welcome'));
    const ask = result.replies.find((r) => r.text === t(h, 'en', 'ask-country'));
    expect(ask?.buttons?.map((b) => b.payload)).toEqual(['CZ', 'DK', 'FI', 'GB', 'GR', 'IT', 'CH'].map((c) => toPayload({ kind: 'country', country: c })));
  });

  it('answers a question asked before the country once the country is chosen', async () => {
    const h = await createHarness();
    const first = await h.send('u2', 'how do i get a codice fiscale');
    expect(h.text(first)).toContain(t(h, 'en', 'ask-country'));
    const answered = await h.press('u2', toPayload({ kind: 'country', country: 'IT' }));
    const answer = h.knowledge.answer('tax-number', 'IT');
    expect(h.text(answered)).toContain(answer?.texts.en?.summary.trim().slice(0, 40));
    expect(h.text(answered)).toContain(answer?.sources[0]?.url);
    expect(h.text(answered)).toContain(t(h, 'en', 'answer-last-checked', { date: answer?.last_verified ?? '' }));
  });

  it('takes the country from the message when the message names it', async () => {
    const h = await createHarness();
    const result = await h.send('u3', 'i need a tax card in finland');
    expect(result.topic).toBe('tax-card-and-return');
    expect(h.text(result)).toContain(h.knowledge.answer('tax-card-and-return', 'FI')?.texts.en?.summary.trim().slice(0, 40));
    expect((await h.store.getUser('u3'))?.country).toBe('FI');
  });
});

describe('answers in the user’s language', () => {
  it('answers an Arabic question about the tax number in Italy in Arabic, with the source', async () => {
    const h = await createHarness();
    const result = await h.send('u4', 'كيف احصل على الرقم الضريبي codice fiscale في إيطاليا');
    expect(result.language).toBe('ar');
    expect(result.topic).toBe('tax-number');
    const answer = h.knowledge.answer('tax-number', 'IT');
    const answerReply = result.replies.find((r) => r.text.includes(answer?.texts.ar?.summary.trim().slice(0, 30) ?? '∅'));
    expect(answerReply?.direction).toBe('rtl');
    expect(answerReply?.text).toContain(answer?.sources[0]?.url);
  });

  it('asks once for another language when the answer is missing in the user’s, then remembers it', async () => {
    const h = await createHarness();
    await h.press('u5', toPayload({ kind: 'language', language: 'tr' }));
    await h.press('u5', toPayload({ kind: 'country', country: 'IT' }));
    // Turkish has the permits, tax and labour-rights answers, not the jobs-and-skills ones.
    expect(h.knowledge.answer('language-courses', 'IT')?.texts.tr).toBeUndefined();
    const asked = await h.press('u5', toPayload({ kind: 'topic', topic: 'language-courses' }));
    const question = asked.replies.find((r) => r.buttons?.some((b) => b.payload === toPayload({ kind: 'fallback-language', language: 'en' })));
    expect(question).toBeDefined();
    const answered = await h.press('u5', toPayload({ kind: 'fallback-language', language: 'en' }));
    expect(h.text(answered)).toContain(h.knowledge.answer('language-courses', 'IT')?.texts.en?.summary.trim().slice(0, 40));
    const again = await h.press('u5', toPayload({ kind: 'topic', topic: 'job-search' }));
    expect(again.replies.some((r) => r.buttons?.some((b) => b.payload.startsWith('1:fl:')))).toBe(false);
    expect(h.text(again)).toContain(h.knowledge.answer('job-search', 'IT')?.texts.en?.summary.trim().slice(0, 40));
  });

  it('shows a visible "may be out of date" note on an answer checked more than 12 months ago', async () => {
    const h = await createHarness({ now: new Date('2028-06-01T10:00:00Z') });
    await h.press('u6', toPayload({ kind: 'country', country: 'FI' }));
    const result = await h.press('u6', toPayload({ kind: 'topic', topic: 'tax-number' }));
    expect(h.text(result)).toContain('⚠');
    expect(h.text(result)).toMatch(/may be out of date/);
  });

  it('asks which topic was meant, with buttons, when the classifier is unsure', async () => {
    const h = await createHarness();
    await h.press('u7', toPayload({ kind: 'country', country: 'IT' }));
    const result = await h.engine.handle({ channel: 'test', user: 'u7', payload: toPayload({ kind: 'menu' }) });
    expect(result.replies[0]?.buttons?.length).toBeGreaterThanOrEqual(5);
  });
});

describe('questions the bot cannot answer', () => {
  it('says so honestly, offers a person and records the need without personal data', async () => {
    const h = await createHarness();
    await h.press('u8', toPayload({ kind: 'country', country: 'IT' }));
    const result = await h.send('u8', 'where can i rent a cheap flat, call me on +39 347 123 4567 or mail amina@example.com');
    expect(result.topic).toBe('none');
    expect(h.text(result)).toContain(t(h, 'en', 'not-covered'));
    expect(result.replies.some((r) => r.buttons?.some((b) => b.payload === toPayload({ kind: 'human' })))).toBe(true);
    const [record] = await h.store.listUnmetNeeds();
    expect(record).toMatchObject({ reason: 'none', country: 'IT', language: 'en', channel: 'test', at: '2026-11-23T09:00:00.000Z' });
    expect(record?.question).not.toContain('347');
    expect(record?.question).not.toContain('amina@example.com');
    expect(record?.candidates.length).toBeGreaterThan(0);
    expect(record?.userHash).not.toBe('u8');
  });

  it('records an unmet need and offers organisations when an answer did not help', async () => {
    const h = await createHarness();
    await h.press('u9', toPayload({ kind: 'country', country: 'FI' }));
    await h.press('u9', toPayload({ kind: 'topic', topic: 'unpaid-wages' }));
    const result = await h.press('u9', toPayload({ kind: 'feedback', helped: false, topic: 'unpaid-wages' }));
    expect(h.text(result)).toContain(t(h, 'en', 'feedback-sorry'));
    expect(h.text(result)).toContain(t(h, 'en', 'handoff-unavailable'));
    expect(await h.store.listUnmetNeeds()).toEqual([expect.objectContaining({ reason: 'not-helpful', topic: 'unpaid-wages', country: 'FI' })]);
  });
});

describe('safety', () => {
  it('gives the country’s emergency numbers first in an emergency', async () => {
    const h = await createHarness();
    await h.press('u10', toPayload({ kind: 'country', country: 'IT' }));
    const result = await h.send('u10', 'help he is hitting me right now');
    expect(result.topic).toBe('emergency');
    expect(result.replies[0]?.text).toContain(t(h, 'en', 'emergency-intro'));
    expect(result.replies[0]?.text).toContain('112');
    expect(result.replies[0]?.buttons?.[0]?.payload).toBe(toPayload({ kind: 'human' }));
  });

  it('gives 112 even before the country is known', async () => {
    const h = await createHarness();
    const result = await h.send('u11', 'someone is dying call ambulance');
    expect(result.replies[0]?.text).toContain('112');
  });

  it('puts the anti-trafficking help lines before an answer about forced labour', async () => {
    const h = await createHarness();
    await h.press('u12', toPayload({ kind: 'country', country: 'IT' }));
    const result = await h.press('u12', toPayload({ kind: 'topic', topic: 'exploitation-trafficking' }));
    const hotline = h.knowledge.emergency('IT')?.numbers.find((n) => n.kind === 'trafficking');
    expect(result.replies[0]?.text).toContain(t(h, 'en', 'trafficking-intro'));
    expect(result.replies[0]?.text).toContain(hotline?.number);
  });
});

describe('the user’s data', () => {
  it('/forget erases the user’s state and unlinks their unmet needs', async () => {
    const h = await createHarness();
    await h.press('u13', toPayload({ kind: 'country', country: 'IT' }));
    await h.send('u13', 'what is the weather tomorrow');
    const result = await h.send('u13', '/forget');
    expect(h.text(result)).toContain(t(h, 'en', 'forget-done'));
    expect(await h.store.getUser('u13')).toBeUndefined();
    expect((await h.store.listUnmetNeeds()).every((r) => r.userHash === undefined)).toBe(true);
  });

  it('asks for confirmation when deletion is asked for in words, and deletes only on yes', async () => {
    const h = await createHarness();
    await h.press('u14', toPayload({ kind: 'country', country: 'FI' }));
    const asked = await h.send('u14', 'please delete my data');
    expect(h.text(asked)).toContain(t(h, 'en', 'forget-confirm'));
    await h.press('u14', toPayload({ kind: 'forget', confirm: false }));
    expect(await h.store.getUser('u14')).toBeDefined();
    await h.press('u14', toPayload({ kind: 'forget', confirm: true }));
    expect(await h.store.getUser('u14')).toBeUndefined();
  });

  it('treats a message that is only a deletion request as one even when the classifier calls it an emergency', async () => {
    const h = await createHarness({ overrideTopic: () => 'emergency' });
    await h.press('u16', toPayload({ kind: 'country', country: 'FI' }));
    const asked = await h.send('u16', 'please delete my data');
    expect(h.text(asked)).toContain(t(h, 'en', 'forget-confirm'));
    expect(h.text(asked)).not.toContain(t(h, 'en', 'emergency-intro'));
    // A message that says more than the request still gets the emergency numbers first.
    const danger = await h.send('u16', 'he is hitting me and reads my phone, delete my data');
    expect(danger.replies[0]?.text).toContain(t(h, 'en', 'emergency-intro'));
  });
});

describe('bad input', () => {
  it('answers an empty message kindly', async () => {
    const h = await createHarness();
    expect(h.text(await h.send('u15', '   \u0000 '))).toBe(t(h, 'en', 'empty-message'));
  });

  it('explains what it can do with a voice note, in the user’s language', async () => {
    const h = await createHarness();
    await h.press('u16', toPayload({ kind: 'language', language: 'fr' }));
    const result = await h.engine.handle({ channel: 'test', user: 'u16', media: 'voice' });
    expect(h.text(result)).toBe(t(h, 'fr', 'unsupported-media', { kind: 'voice' }));
  });

  it('reads the beginning of a huge message and says so', async () => {
    const h = await createHarness();
    const result = await h.send('u17', `my boss did not pay my salary ${'please help '.repeat(2000)}`);
    expect(h.text(result)).toContain(t(h, 'en', 'long-message'));
  });

  it('survives binary junk without losing the stored state', async () => {
    const h = await createHarness();
    await h.press('u18', toPayload({ kind: 'country', country: 'IT' }));
    await h.send('u18', '\u0001\u0002\uFFFD\uD800garbage\u0007');
    expect((await h.store.getUser('u18'))?.country).toBe('IT');
  });

  it('shows the menu for a button from an unknown payload version', async () => {
    const h = await createHarness();
    const result = await h.press('u19', '9:z:whatever');
    expect(h.text(result)).toContain(t(h, 'en', 'menu-intro'));
  });
});

describe('ordering', () => {
  it('never interleaves two turns of the same user', async () => {
    const inner = await openMemoryStore();
    const trace: string[] = [];
    const store: Store = {
      ...inner,
      getUser: async (id) => {
        trace.push(`get:${id}`);
        await new Promise((r) => setTimeout(r, 5));
        return inner.getUser(id);
      },
      saveUser: async (user) => {
        trace.push(`save:${user.id}`);
        return inner.saveUser(user);
      },
    };
    const h = await createHarness({ store });
    await Promise.all(['hello', 'thanks', 'menu', 'hi', 'thank you'].map((text) => h.send('same', text)));
    const own = trace.filter((e) => e.endsWith(':same'));
    expect(own).toEqual(Array.from({ length: 5 }, () => ['get:same', 'save:same']).flat());
  });
});
