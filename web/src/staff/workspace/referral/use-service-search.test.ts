import type { Service } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { directoryEmpty } from './use-service-search';

const service = { id: '00000000-0000-4000-8000-000000000001' } as Service;

describe('directory search states', () => {
  it('should call the directory empty only when an unfiltered search finds nothing', () => {
    expect(directoryEmpty({}, [])).toBe(true);
    expect(directoryEmpty({ q: '  ' }, [])).toBe(true);
  });

  it('should say "no match" instead when a filter is set, results exist or nothing has loaded yet', () => {
    expect(directoryEmpty({ q: '居場所' }, [])).toBe(false);
    expect(directoryEmpty({ kind: 'ibasho' }, [])).toBe(false);
    expect(directoryEmpty({ prefecture: '東京都' }, [])).toBe(false);
    expect(directoryEmpty({}, [service])).toBe(false);
    expect(directoryEmpty({}, undefined)).toBe(false);
  });
});
