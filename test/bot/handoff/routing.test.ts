import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isOpen, nextOpening } from '../../../bot/handoff/hours.js';
import { chooseTeam } from '../../../bot/handoff/routing.js';
import { parseTeams } from '../../../bot/handoff/teams.js';
import { InvalidDataError } from '../../../knowledge/errors.js';
import { loadKnowledge } from '../../../knowledge/load-knowledge.js';
import { PROJECT_ROOT } from '../../../knowledge/project-root.js';
import { testTeams } from '../../support/handoff-fixture.js';

const teams = testTeams();
const topics = new Set(loadKnowledge(PROJECT_ROOT).knowledge.topics.advice);
const helsinki = teams.find((t) => t.id === 'fi-helsinki')!;
const milano = teams.find((t) => t.id === 'it-milano')!;

describe('opening hours in the team’s time zone', () => {
  it('is open on a weekday at 11:30 in Helsinki (09:30 UTC in winter) and closed at 17:00 sharp', () => {
    expect(isOpen(helsinki, new Date('2026-11-23T09:30:00Z'))).toBe(true);
    expect(isOpen(helsinki, new Date('2026-11-23T15:00:00Z'))).toBe(false);
    expect(isOpen(helsinki, new Date('2026-11-23T14:59:00Z'))).toBe(true);
  });

  it('follows daylight saving: 09:00 in Helsinki is 06:00 UTC in summer and 07:00 UTC in winter', () => {
    expect(nextOpening(helsinki, new Date('2026-07-01T02:00:00Z'))?.toISOString()).toBe('2026-07-01T06:00:00.000Z');
    expect(nextOpening(helsinki, new Date('2026-12-01T02:00:00Z'))?.toISOString()).toBe('2026-12-01T07:00:00.000Z');
  });

  it('finds the next opening over a weekend: Friday evening waits until Monday 09:00', () => {
    expect(nextOpening(helsinki, new Date('2026-11-27T18:00:00Z'))?.toISOString()).toBe('2026-11-30T07:00:00.000Z');
  });

  it('gives the time itself when open, and nothing for a team without hours', () => {
    const now = new Date('2026-11-23T09:30:00Z');
    expect(nextOpening(helsinki, now)).toBe(now);
    expect(nextOpening({ ...helsinki, hours: {} }, now)).toBeUndefined();
  });
});

describe('routing', () => {
  const monday = new Date('2026-11-23T09:30:00Z');

  it('picks the team of the user’s country that speaks their language', () => {
    expect(chooseTeam(teams, { country: 'FI', language: 'ar' }, monday)?.team.id).toBe('fi-helsinki');
    expect(chooseTeam(teams, { country: 'FI', language: 'uk' }, monday)?.team.id).toBe('fi-turku');
  });

  it('never routes to another country, and finds nothing where no team works', () => {
    expect(chooseTeam(teams, { country: 'IT', language: 'uk' }, monday)?.team.id).toBe('it-milano');
    expect(chooseTeam(teams, { country: 'GR', language: 'ar' }, monday)).toBeUndefined();
  });

  it('sends a returning user back to their previous team while it speaks their language', () => {
    expect(chooseTeam(teams, { country: 'FI', language: 'en', previousTeam: 'fi-turku' }, monday)?.team.id).toBe('fi-turku');
    expect(chooseTeam(teams, { country: 'FI', language: 'en', previousTeam: 'fi-helsinki' }, monday)?.team.id).toBe('fi-helsinki');
    expect(chooseTeam(teams, { country: 'FI', language: 'ar', previousTeam: 'fi-turku' }, monday)?.team.id).toBe('fi-helsinki');
  });

  it('prefers an open team over a closed one when both fit equally', () => {
    const closedTwin = { ...helsinki, id: 'fi-night', hours: { sun: ['20:00-22:00'] } };
    expect(chooseTeam([closedTwin, helsinki], { country: 'FI', language: 'ar' }, monday)?.team.id).toBe('fi-helsinki');
  });

  it('says when a closed team opens: Milan on Monday waits for Saturday 10:00 Rome time', () => {
    const route = chooseTeam([milano], { country: 'IT', language: 'it', topic: 'unpaid-wages' }, monday);
    expect(route).toMatchObject({ open: false });
    expect(route?.opensAt?.toISOString()).toBe('2026-11-28T09:00:00.000Z');
  });
});

describe('the teams file', () => {
  it('accepts the example shipped with the repository', () => {
    const data = parse(readFileSync(join(PROJECT_ROOT, 'teams.example.yaml'), 'utf8')) as unknown;
    expect(parseTeams(data, 'teams.example.yaml', topics).length).toBeGreaterThan(0);
  });

  it('lists every problem at once with its key', () => {
    const bad = { teams: [{ ...structuredClone(milano), id: 'Bad Id', timezone: 'Mars/Olympus', hours: { mon: ['17:00-09:00'] } }, { ...structuredClone(helsinki), telegram_chat_id: undefined }] };
    try {
      parseTeams(bad, 'teams.yaml', topics);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidDataError);
      const keys = (error as InvalidDataError).problems.map((p) => p.key);
      expect(keys).toEqual(expect.arrayContaining(['teams.0.id', 'teams.0.timezone', 'teams.0.hours.mon.0', 'teams.1.telegram_chat_id']));
    }
  });

  it('refuses topic ids that do not exist', () => {
    expect(() => parseTeams({ teams: [{ ...structuredClone(milano), topics: ['unpaid-wage'] }] }, 'teams.yaml', topics)).toThrow(/unknown topic id "unpaid-wage"/);
  });
});
