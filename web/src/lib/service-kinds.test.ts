import { describe, expect, it } from 'vitest';
import { SERVICE_KINDS } from '@hidamari/shared';
import { SERVICE_KIND_LABELS, serviceKindLabel } from './service-kinds';

describe('service kind labels', () => {
  it('should name every kind in both languages', () => {
    for (const kind of SERVICE_KINDS) {
      expect(SERVICE_KIND_LABELS.ja[kind]).toBeTruthy();
      expect(SERVICE_KIND_LABELS.en[kind]).toBeTruthy();
    }
    expect(Object.keys(SERVICE_KIND_LABELS.ja).sort()).toEqual([...SERVICE_KINDS].sort());
  });

  it('should pick the language by its prefix and fall back to Japanese', () => {
    expect(serviceKindLabel('youth_support_station', 'ja')).toBe('地域若者サポートステーション');
    expect(serviceKindLabel('ibasho', 'en-US')).toBe('Place to be (ibasho)');
    expect(serviceKindLabel('medical', undefined)).toBe('医療機関');
  });
});
