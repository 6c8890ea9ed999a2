import { describe, expect, it } from 'vitest';
import { fromPayload, toPayload, type Action } from '../../../bot/engine/payload.js';
import { PROJECT_ROOT } from '../../../knowledge/project-root.js';
import { loadTopics } from '../../../knowledge/topics.js';

describe('button payloads', () => {
  const topics = loadTopics(PROJECT_ROOT);
  const actions: Action[] = [
    ...topics.advice.map((topic) => ({ kind: 'topic', topic }) as Action),
    ...topics.advice.map((topic) => ({ kind: 'feedback', helped: false, topic }) as Action),
    { kind: 'country', country: 'CH' },
    { kind: 'language', language: 'ckb' },
    { kind: 'fallback-language', language: 'en' },
    { kind: 'human' },
    { kind: 'menu' },
    { kind: 'forget', confirm: true },
  ];

  it('round-trip every action', () => {
    for (const action of actions) expect(fromPayload(toPayload(action))).toEqual(action);
  });

  it('fit Telegram’s 64-byte callback_data limit', () => {
    for (const action of actions) expect(Buffer.byteLength(toPayload(action))).toBeLessThanOrEqual(64);
  });

  it('are not misread when their version or shape is unknown', () => {
    for (const junk of ['2:t:tax-number', '1:t:', '1:c:italy', '1:f:maybe:tax-number', '1:zz', '', 'hello']) expect(fromPayload(junk)).toBeUndefined();
  });
});
