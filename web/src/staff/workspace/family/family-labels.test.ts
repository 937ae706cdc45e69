import { FAMILY_AGE_BANDS, FAMILY_DURATIONS, FAMILY_HOPES, FAMILY_RELATIONSHIPS } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { familyCompactKeys, familyFacts, hasFamily } from './family-labels';
import { familyEn } from './i18n/en';
import { familyJa } from './i18n/ja';

const lookup = (messages: object, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), messages);

describe('family labels', () => {
  it('should list given fields in reading order and leave out missing ones when the intake is partial', () => {
    expect(familyFacts({ duration: '3-5y', relationship: 'parent' })).toEqual([
      { field: 'relationship', labelKey: 'fields.relationship', valueKeys: ['relationship.parent'] },
      { field: 'duration', labelKey: 'fields.duration', valueKeys: ['duration.3-5y'] },
    ]);
  });

  it('should keep hopes in the intake order when they were sent in another order', () => {
    expect(familyFacts({ hopes: ['exhaustion', 'talk'] })).toEqual([
      { field: 'hopes', labelKey: 'fields.hopes', valueKeys: ['hopes.talk', 'hopes.exhaustion'] },
    ]);
  });

  it('should say there is nothing to show when the intake is absent or empty', () => {
    expect(hasFamily(undefined)).toBe(false);
    expect(hasFamily({})).toBe(false);
    expect(hasFamily({ hopes: [] })).toBe(false);
    expect(hasFamily({ ageBand: '20-29' })).toBe(true);
  });

  it('should keep the compact form to relationship, age and duration when hopes are given too', () => {
    expect(familyCompactKeys({ relationship: 'sibling', ageBand: '30-39', duration: 'over10y', hopes: ['support'] }))
      .toEqual(['relationship.sibling', 'ageBand.30-39', 'duration.over10y']);
  });

  it('should have a Japanese and an English label for every value of the contract', () => {
    const keys = [
      ...FAMILY_RELATIONSHIPS.map((v) => `relationship.${v}`), ...FAMILY_AGE_BANDS.map((v) => `ageBand.${v}`),
      ...FAMILY_DURATIONS.map((v) => `duration.${v}`), ...FAMILY_HOPES.map((v) => `hopes.${v}`),
    ];
    for (const key of keys) {
      expect(typeof lookup(familyJa, key), key).toBe('string');
      expect(typeof lookup(familyEn, key), key).toBe('string');
    }
  });
});
