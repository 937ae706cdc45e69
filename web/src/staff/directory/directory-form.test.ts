import type { Service } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { bareLabel, draftToInput, draftToPatch, EMPTY_SERVICE, serviceField, serviceFieldId, serviceQueryString, serviceToDraft } from './directory-form';
import { PREFECTURES, prefectureLabel } from './prefectures';

const base = { ...EMPTY_SERVICE, kind: 'ibasho' as const, name: 'ひだまりの居場所', prefecture: '東京都', description: '週に一度の集まりです。' };

describe('service form values', () => {
  it('should leave blank optional fields and an empty English section out of a new service', () => {
    expect(draftToInput({ ...base, municipality: ' ', phone: '', enHours: '' })).toEqual({
      kind: 'ibasho', name: 'ひだまりの居場所', area: { prefecture: '東京都' }, description: '週に一度の集まりです。',
    });
  });

  it('should send the English text when any of it is filled, so a missing English name is refused beside its input', () => {
    expect(draftToInput({ ...base, enDescription: 'Once a week.' }).en).toEqual({ name: '', description: 'Once a week.' });
    expect(draftToInput({ ...base, enName: 'Sunny Place', enDescription: 'Weekly.', enHours: 'Sat 13-16' }).en)
      .toEqual({ name: 'Sunny Place', description: 'Weekly.', hours: 'Sat 13-16' });
  });

  it('should clear emptied optional fields with null when editing', () => {
    const saved: Service = {
      id: '00000000-0000-4000-8000-000000000001', kind: 'medical', name: 'A', area: { prefecture: '北海道', municipality: '札幌市' },
      phone: '011-000-0000', url: 'https://a.example', hours: '9-17', description: 'd', en: { name: 'A', description: 'd' },
      createdAt: '', updatedAt: '',
    };
    const d = { ...serviceToDraft(saved), phone: '', url: '', hours: '', enName: '', enDescription: '', municipality: '' };
    expect(draftToPatch(d)).toEqual({ kind: 'medical', name: 'A', area: { prefecture: '北海道' }, description: 'd', phone: null, url: null, hours: null, en: null });
    expect(serviceToDraft(saved).municipality).toBe('札幌市');
  });

  it('should build the search query from the filters that are set', () => {
    expect(serviceQueryString({})).toBe('');
    expect(serviceQueryString({ q: '  若者 ', kind: 'youth_support_station', prefecture: '大阪府' }))
      .toBe(`?q=${encodeURIComponent('若者')}&kind=youth_support_station&prefecture=${encodeURIComponent('大阪府')}`);
  });

  it('should point a server field at its input, reading "area" as the prefecture and ignoring unknown paths', () => {
    expect(serviceField('area.prefecture')).toBe('area.prefecture');
    expect(serviceField('area')).toBe('area.prefecture');
    expect(serviceField('en.name')).toBe('en.name');
    expect(serviceField('something')).toBeNull();
    expect(serviceFieldId('en.name')).toBe('dir-en-name');
  });
});

describe('bareLabel', () => {
  it('should drop only the optional mark from a label', () => {
    expect(bareLabel('ウェブサイト（任意）')).toBe('ウェブサイト');
    expect(bareLabel('受付時間（英語・任意）')).toBe('受付時間（英語）');
    expect(bareLabel('Web address (optional)')).toBe('Web address');
    expect(bareLabel('Hours (English, optional)')).toBe('Hours (English)');
    expect(bareLabel('名前')).toBe('名前');
  });
});

describe('prefectures', () => {
  it('should list the 47 prefectures once each, with English names', () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(new Set(PREFECTURES.map(([ja]) => ja)).size).toBe(47);
    expect(prefectureLabel('東京都', 'en')).toBe('Tokyo');
    expect(prefectureLabel('東京都', 'ja')).toBe('東京都');
    expect(prefectureLabel('どこか', 'en')).toBe('どこか');
  });
});
