import { describe, expect, it } from 'vitest';
import { safeWebUrl, telHref } from './hotline-links';

describe('telHref', () => {
  it('should keep only what a phone dials when the number is formatted', () => {
    expect(telHref('0120-279-338')).toBe('tel:0120279338');
    expect(telHref('+81 3 1234 5678')).toBe('tel:%2B81312345678');
    expect(telHref('#7119')).toBe('tel:%237119');
  });

  it('should give no link when there is nothing to dial', () => {
    expect(telHref('ask at reception')).toBeNull();
  });
});

describe('safeWebUrl', () => {
  it('should allow http and https links', () => {
    expect(safeWebUrl('https://example.org/help')).toBe('https://example.org/help');
  });

  it('should refuse script and malformed links', () => {
    expect(safeWebUrl('javascript:alert(1)')).toBeNull();
    expect(safeWebUrl('not a url')).toBeNull();
    expect(safeWebUrl(undefined)).toBeNull();
  });
});
