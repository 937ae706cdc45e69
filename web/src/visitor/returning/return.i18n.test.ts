import { describe, expect, it } from 'vitest';
import { FAMILY_AGE_BANDS, FAMILY_DURATIONS, FAMILY_HOPES, FAMILY_RELATIONSHIPS } from '@hidamari/shared';
import { offersEn } from '../offers/i18n/en';
import { offersJa } from '../offers/i18n/ja';
import { returnEn } from './i18n/en';
import { returnJa } from './i18n/ja';

function leaves(obj: object, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? [[prefix + k, v]] : leaves(v as object, `${prefix}${k}.`));
}

describe.each([
  ['visitorReturn', returnJa, returnEn],
  ['visitorOffers', offersJa, offersEn],
])('the %s namespace', (_ns, ja, en) => {
  it('should have the same keys and placeholders in both languages', () => {
    const jaMap = new Map(leaves(ja));
    const enMap = new Map(leaves(en));
    expect([...enMap.keys()].sort()).toEqual([...jaMap.keys()].sort());
    const vars = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
    for (const [key, text] of jaMap) expect(vars(enMap.get(key) ?? ''), key).toEqual(vars(text));
  });

  it('should never use labels for the person', () => {
    const banned = ['ひきこもり', '引きこもり', '引き籠もり', 'hikikomori', 'withdrawal', 'withdrawn', '当事者', 'patient', '患者'];
    for (const [key, text] of [...leaves(ja), ...leaves(en)]) {
      for (const word of banned) expect(text.toLowerCase(), key).not.toContain(word.toLowerCase());
    }
  });
});

describe('the family intake words', () => {
  it('should label every answer the server knows', () => {
    for (const [values, group] of [
      [FAMILY_RELATIONSHIPS, 'relationship'], [FAMILY_AGE_BANDS, 'ageBand'], [FAMILY_DURATIONS, 'duration'], [FAMILY_HOPES, 'hopes'],
    ] as const) {
      for (const v of values) {
        expect((returnJa.family[group] as Record<string, string>)[v], `${group}.${v}`).toBeTruthy();
        expect((returnEn.family[group] as Record<string, string>)[v], `${group}.${v}`).toBeTruthy();
      }
    }
  });
});
