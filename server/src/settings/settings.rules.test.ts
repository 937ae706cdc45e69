import { describe, expect, it } from 'vitest';
import { changedKeys, DEFAULT_SETTINGS, resolveSettings, sameValue, statusMessage } from './settings.rules.js';

describe('resolveSettings', () => {
  it('should give the defaults when nothing is stored', () => {
    expect(resolveSettings([])).toEqual(DEFAULT_SETTINGS);
  });

  it('should take stored values over the defaults when they fit their schema', () => {
    const hotlines = [{ name: '市の相談窓口', phone: '03-1234-5678' }];
    expect(resolveSettings([{ key: 'hotlines', value: hotlines }, { key: 'defaultMaxConcurrent', value: 5 }])).toMatchObject({
      hotlines, defaultMaxConcurrent: 5, serviceName: DEFAULT_SETTINGS.serviceName,
    });
  });

  it.each([
    ['a value of an older shape', 'welcomeText', 'ようこそ'],
    ['a limit out of range', 'defaultMaxConcurrent', 50],
    ['a hotline without a phone', 'hotlines', [{ name: 'x' }]],
    ['an unknown key', 'hoursMessage', 'x'],
  ])('should keep the default when the stored row is %s', (_case, key, value) => {
    expect(resolveSettings([{ key, value }])).toEqual(DEFAULT_SETTINGS);
  });
});

describe('changedKeys', () => {
  it('should list only the keys whose value differs', () => {
    expect(changedKeys(DEFAULT_SETTINGS, { defaultMaxConcurrent: 3, welcomeText: { ja: 'こんにちは', en: 'Hello' } })).toEqual(['welcomeText']);
  });

  it('should see no change when only the order of object keys differs, as jsonb returns them', () => {
    const stored = { ...DEFAULT_SETTINGS, hotlines: [{ phone: '119', name: '救急', hours: '24h' }] };
    expect(changedKeys(stored, { hotlines: [{ name: '救急', phone: '119', hours: '24h' }] })).toEqual([]);
  });

  it('should see a reorder of hotlines as a change', () => {
    const a = { name: 'A', phone: '1' };
    const b = { name: 'B', phone: '2' };
    expect(changedKeys({ ...DEFAULT_SETTINGS, hotlines: [a, b] }, { hotlines: [b, a] })).toEqual(['hotlines']);
  });
});

describe('sameValue', () => {
  it.each([
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [[1, 2], [1, 2, 3], false],
    [{ a: [1] }, { a: [1] }, true],
    [null, {}, false],
  ])('should compare %j and %j as %s', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });
});

describe('statusMessage', () => {
  const texts = { welcomeText: { ja: 'ようこそ', en: 'Welcome' }, offHoursText: { ja: '時間外です', en: 'We are closed' } };
  it.each([
    [true, 'ja', 'ようこそ'],
    [true, 'en', 'Welcome'],
    [false, 'ja', '時間外です'],
    [false, 'en', 'We are closed'],
  ] as const)('should say the right text when open is %s in %s', (open, locale, text) => {
    expect(statusMessage(texts, open, locale)).toBe(text);
  });
});
