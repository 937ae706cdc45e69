import type { Service } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { cardText, containsPattern, fieldsOf, patchFields, PREFECTURES, referralCard, referralRefusal, toService } from './directory.rules.js';

const service: Service = {
  id: '00000000-0000-4000-8000-000000000001', kind: 'hikikomori_center', name: 'ひだまり地域支援センター',
  area: { prefecture: '東京都', municipality: '世田谷区' }, phone: '03-0000-0000', url: 'https://example.jp/', hours: '平日 9:00〜17:00',
  description: 'ご本人とご家族の相談窓口です。',
  en: { name: 'Hidamari Regional Support Center', description: '' },
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('directory rules', () => {
  it('should match LIKE wildcards literally when searching', () => {
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
    expect(containsPattern('世田谷')).toBe('%世田谷%');
  });

  it('should know the 47 prefectures once each, north to south', () => {
    expect(new Set(PREFECTURES).size).toBe(47);
    expect([PREFECTURES[0], PREFECTURES[12], PREFECTURES[46]]).toEqual(['北海道', '東京都', '沖縄県']);
  });

  it('should build the card in English field by field when the chat is in English, falling back to Japanese', () => {
    const en = referralCard(service, 'en');
    expect(en).toEqual({
      serviceId: service.id, kind: 'hikikomori_center', name: 'Hidamari Regional Support Center', area: service.area, phone: '03-0000-0000',
      url: 'https://example.jp/', hours: '平日 9:00〜17:00', description: 'ご本人とご家族の相談窓口です。',
    });
    expect(referralCard(service, 'ja').name).toBe('ひだまり地域支援センター');
    const { en: _none, ...jaOnly } = service;
    expect(referralCard(jaOnly, 'en').name).toBe('ひだまり地域支援センター');
  });

  it('should leave out what the service does not have, on the card and in its plain words', () => {
    const { phone: _p, url: _u, hours: _h, ...bare } = service;
    const card = referralCard({ ...bare, area: { prefecture: '北海道' } }, 'ja');
    expect(card).not.toHaveProperty('phone');
    expect(cardText(card, 'ja')).toBe('ひだまり地域支援センター\n地域: 北海道');
    expect(cardText(referralCard(service, 'en'), 'en')).toBe(
      'Hidamari Regional Support Center\nArea: 東京都, 世田谷区\nPhone: 03-0000-0000\nWeb: https://example.jp/\nHours: 平日 9:00〜17:00',
    );
  });

  it('should clear optional fields on null and keep absent ones when patching', () => {
    expect(patchFields({ phone: null, en: null })).toEqual({ phone: null, enName: null, enDescription: null, enHours: null });
    expect(patchFields({ area: { prefecture: '大阪府' } })).toEqual({ prefecture: '大阪府', municipality: null });
    expect(patchFields({ name: 'x' })).toEqual({ name: 'x' });
  });

  it('should read back what it stored when mapping a row', () => {
    const row = { ...fieldsOf(service), id: service.id, createdAt: new Date(service.createdAt), updatedAt: new Date(service.updatedAt) };
    expect(toService(row)).toEqual(service);
  });

  it('should let only the assignee of an active chat send a card when refusing like message:send', () => {
    expect(referralRefusal({ status: 'active', assignedStaffId: 'me' }, 'me')).toBeNull();
    expect(referralRefusal({ status: 'active', assignedStaffId: 'other' }, 'me')?.code).toBe('FORBIDDEN');
    expect(referralRefusal({ status: 'queued', assignedStaffId: null }, 'me')?.code).toBe('FORBIDDEN');
    expect(referralRefusal({ status: 'closed', assignedStaffId: 'me' }, 'me')?.code).toBe('CONSULTATION_CLOSED');
    expect(referralRefusal(null, 'me')?.code).toBe('NOT_FOUND');
  });
});
