import { describe, expect, it } from 'vitest';
import { describeDetails, type DetailWords } from './audit-details';

const words: DetailWords = {
  field: (k) => ({ roles: '役割', active: '有効', startsAt: '開始', staffId: 'スタッフ', maxConcurrent: '同時対応数' })[k] ?? k,
  role: (r) => ({ counselor: '相談員', admin: '管理者' })[r] ?? r,
  staffName: (id) => (id === '11111111-1111-4111-8111-111111111111' ? '山田' : undefined),
  time: (iso) => `T(${iso.slice(11, 16)})`,
  yes: 'はい', no: 'いいえ', none: 'なし',
};

describe('audit details in words', () => {
  it('should read a staff change as field: old → new with role labels when roles and active change', () => {
    const data = { changes: { roles: { from: ['admin'], to: ['admin', 'counselor'] }, active: { from: true, to: false } } };
    expect(describeDetails({ action: 'staff.updated', data }, words)).toEqual(['役割: 管理者 → 管理者・相談員', '有効: はい → いいえ']);
  });

  it('should name staff and show times in the zone when a shift entry carries ids and instants', () => {
    const data = { staffId: '11111111-1111-4111-8111-111111111111', startsAt: '2026-01-05T10:00:00.000Z', role: 'counselor' };
    expect(describeDetails({ action: 'shift.created', data }, words)).toEqual(['スタッフ: 山田', 'role: 相談員', '開始: T(10:00)']);
  });

  it('should list only what differs when an entry has before and after', () => {
    const data = { before: { startsAt: '2026-01-05T10:00:00Z', maxConcurrent: 3 }, after: { startsAt: '2026-01-05T11:00:00Z', maxConcurrent: 3 } };
    expect(describeDetails({ action: 'shift.updated', data }, words)).toEqual(['開始: T(10:00) → T(11:00)']);
  });
});
