import { describe, expect, it } from 'vitest';
import { parseTags, parseTeams } from './tags';

describe('parseTags', () => {
  it('should split on ASCII and Japanese commas, trim and drop duplicates', () => {
    expect(parseTags(' 家族 、就労, 家族,, sleep ')).toEqual({ ok: true, tags: ['家族', '就労', 'sleep'] });
    expect(parseTags('')).toEqual({ ok: true, tags: [] });
  });

  it('should refuse more than 10 tags or a tag over 40 characters', () => {
    expect(parseTags(Array.from({ length: 11 }, (_, i) => `t${i}`).join(','))).toEqual({ ok: false, error: 'too-many' });
    expect(parseTags('a'.repeat(41))).toEqual({ ok: false, error: 'too-long' });
    expect(parseTags('a'.repeat(40)).ok).toBe(true);
  });
});

describe('parseTeams', () => {
  it('should lowercase and split on commas or spaces', () => {
    expect(parseTeams('Family, youth  employment,family')).toEqual(['family', 'youth', 'employment']);
  });
});
