import { describe, expect, it } from 'vitest';
import { fieldsOf, isUpcoming, patchFields, toOffer, toPublicOffer } from './offers.rules.js';

const input = {
  title: '家族教室「はじめの一歩」', startsAt: '2026-03-10T05:00:00.000Z', endsAt: '2026-03-10T07:00:00.000Z', place: 'オンライン（Zoom）',
  audience: 'family' as const, description: 'ご家族向けの教室です。', en: { title: 'Family class: first steps', description: '' },
};
const row = { ...fieldsOf(input), id: '00000000-0000-4000-8000-000000000002', createdAt: new Date(0), updatedAt: new Date(0) };

describe('offer rules', () => {
  it('should count an offer as upcoming until its end, or its start when it has none', () => {
    const at = (iso: string) => new Date(iso);
    expect(isUpcoming(row, at('2026-03-10T06:00:00Z'))).toBe(true);
    expect(isUpcoming(row, at('2026-03-10T07:00:00Z'))).toBe(false);
    expect(isUpcoming({ ...row, endsAt: null }, at('2026-03-10T04:59:59Z'))).toBe(true);
    expect(isUpcoming({ ...row, endsAt: null }, at('2026-03-10T05:00:00Z'))).toBe(false);
  });

  it('should answer the public page in English where written, else in Japanese, when asked for English', () => {
    expect(toPublicOffer(row, 'en')).toMatchObject({ title: 'Family class: first steps', description: 'ご家族向けの教室です。' });
    expect(toPublicOffer(row, 'ja')).toMatchObject({ title: '家族教室「はじめの一歩」' });
    expect(toPublicOffer(row, 'en')).not.toHaveProperty('createdAt');
    expect(toOffer(row)).toMatchObject({ endsAt: input.endsAt, en: input.en });
  });

  it('should refuse a new start after the kept end, naming endsAt, when patching', () => {
    expect(() => patchFields(row, { startsAt: '2026-03-10T08:00:00Z' })).toThrow(expect.objectContaining({ code: 'INVALID_PAYLOAD', field: 'endsAt' }));
    expect(patchFields(row, { startsAt: '2026-03-10T08:00:00Z', endsAt: null })).toEqual({ startsAt: new Date('2026-03-10T08:00:00Z'), endsAt: null });
    expect(patchFields(row, { en: null })).toEqual({ enTitle: null, enDescription: null });
  });
});
