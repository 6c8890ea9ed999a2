import { describe, expect, it } from 'vitest';
import { createPhraseMatcher } from '../../../bot/engine/phrases.js';
import { loadKnowledge } from '../../../knowledge/load-knowledge.js';
import { PROJECT_ROOT } from '../../../knowledge/project-root.js';

const matcher = createPhraseMatcher(loadKnowledge(PROJECT_ROOT).knowledge.phrases);

describe('phrases named in a message', () => {
  it('find the country in several languages and scripts', () => {
    expect(matcher.country('i live in Italy now')).toBe('IT');
    expect(matcher.country('أنا في إيطاليا')).toBe('IT');
    expect(matcher.country('я в Чехии')).toBe('CZ');
    expect(matcher.country('asun Suomessa')).toBe('FI');
    expect(matcher.country('how do I get a job')).toBeUndefined();
  });

  it('find a language the user asks for', () => {
    expect(matcher.language('english please')).toBe('en');
    expect(matcher.language('بالعربي لو سمحت')).toBe('ar');
  });

  it('recognise a request to delete data, and only that', () => {
    expect(matcher.isForgetRequest('please delete my data')).toBe(true);
    expect(matcher.isForgetRequest('my boss deleted my contract')).toBe(false);
  });

  it('tell a message that is only the request to delete from one that says more', () => {
    expect(matcher.isOnlyForgetRequest('please delete my data')).toBe(true);
    expect(matcher.isOnlyForgetRequest('Delete my data now, please!')).toBe(true);
    expect(matcher.isOnlyForgetRequest('forget me')).toBe(true);
    expect(matcher.isOnlyForgetRequest('he is hitting me and reads my phone, delete my data')).toBe(false);
    expect(matcher.isOnlyForgetRequest('how do I get a tax number')).toBe(false);
  });
});
