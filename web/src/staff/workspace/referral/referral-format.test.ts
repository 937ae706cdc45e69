import { describe, expect, it } from 'vitest';
import { areaText, safeUrl, telHref } from './referral-format';

describe('referral card formatting', () => {
  it('should keep only the digits in a tel: link when the number has hyphens, spaces and brackets', () => {
    expect(telHref('03-0000-0000')).toBe('tel:0300000000');
    expect(telHref(' (03) 1234 5678 ')).toBe('tel:0312345678');
  });

  it('should keep a leading + when the number is international', () => {
    expect(telHref('+81 3-0000-0000')).toBe('tel:+81300000000');
  });

  it('should write the area in the screen language when a municipality is given', () => {
    expect(areaText({ prefecture: '東京都', municipality: '世田谷区' }, 'ja')).toBe('東京都 世田谷区');
    expect(areaText({ prefecture: '東京都', municipality: 'Setagaya' }, 'en')).toBe('Setagaya, Tokyo');
    expect(areaText({ prefecture: '北海道' }, 'en')).toBe('Hokkaido');
  });

  it('should only link http and https addresses', () => {
    expect(safeUrl('https://example.jp/a')).toBe('https://example.jp/a');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
  });
});
