import { describe, expect, it } from 'vitest';
import { referralRows, type ReferralGroup } from './referrals.rules.js';

const r = (kind: string, prefecture: string, municipality: string | null, n: number): ReferralGroup => ({ kind, prefecture, municipality, n });

describe('referrals report rows', () => {
  const groups = [
    r('hikikomori_center', '東京都', '新宿区', 6), r('ibasho', '東京都', '新宿区', 2), r('ibasho', '東京都', null, 1),
    r('youth_support_station', '大阪府', '大阪市', 5), r('medical', '北海道', '札幌市', 3), r('medical', '沖縄県', '那覇市', 1),
  ];
  const rows = referralRows(groups);
  const of = (group: string) => rows.filter((x) => x[0] === group);

  it('should list every kind in directory order, withholding counts from 1 to 4, when counted by kind', () => {
    expect(of('kind')).toEqual([
      ['kind', 'hikikomori_center', '', '', 6],
      ['kind', 'youth_support_station', '', '', 5],
      ['kind', 'mental_health_center', '', '', 0],
      ['kind', 'ibasho', '', '', null],
      ['kind', 'family_class', '', '', 0],
      ['kind', 'medical', '', '', null],
      ['kind', 'other', '', '', 0],
    ]);
  });

  it('should order areas by shown count and withheld ones by name, not by their true size', () => {
    expect(of('prefecture')).toEqual([
      ['prefecture', '', '東京都', '', 9],
      ['prefecture', '', '大阪府', '', 5],
      ['prefecture', '', '沖縄県', '', null], // 1 referral, listed before 北海道's 3: withheld ones go by name (JIS order)
      ['prefecture', '', '北海道', '', null],
    ]);
    expect(of('municipality').slice(0, 2)).toEqual([
      ['municipality', '', '東京都', '新宿区', 8],
      ['municipality', '', '大阪府', '大阪市', 5],
    ]);
    expect(of('municipality')).toContainEqual(['municipality', '', '東京都', '', null]);
  });

  it('should list kinds with zeros and no areas when nothing was referred', () => {
    const empty = referralRows([]);
    expect(empty).toHaveLength(7);
    expect(empty.every((x) => x[4] === 0)).toBe(true);
  });
});
