import { ErrorCode } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { historyDeleteRefusal, linkedSummary, returnKeyRefusal, unknownReturnKey } from './history.rules.js';
import { newReturnKey, normalizeReturnKey, returnKeyHash } from './return-key.js';

const at = (iso: string) => new Date(iso);

describe('history rules', () => {
  it('should name the counselor of the latest earlier consultation that had one when summarising a link', () => {
    expect(linkedSummary([
      { createdAt: at('2026-01-01T00:00:00Z'), assignedStaffId: 'a', counselorName: '佐藤' },
      { createdAt: at('2026-02-01T00:00:00Z'), assignedStaffId: 'b', counselorName: '鈴木' },
      { createdAt: at('2026-03-01T00:00:00Z'), assignedStaffId: null, counselorName: null },
    ])).toEqual({ previousCount: 3, counselorName: '鈴木' });
  });

  it('should leave the counselor out when no earlier consultation had one', () => {
    expect(linkedSummary([{ createdAt: at('2026-01-01T00:00:00Z'), assignedStaffId: null, counselorName: null }])).toEqual({ previousCount: 1 });
  });

  it('should refuse keeping or forgetting a key with CONFLICT while the consultation is open', () => {
    expect(returnKeyRefusal({ status: 'active', contentPurgedAt: null }, 'keep')?.code).toBe(ErrorCode.CONFLICT);
    expect(returnKeyRefusal({ status: 'queued', contentPurgedAt: null }, 'forget')?.code).toBe(ErrorCode.CONFLICT);
    expect(returnKeyRefusal(null, 'keep')?.code).toBe(ErrorCode.NOT_FOUND);
    expect(returnKeyRefusal({ status: 'closed', contentPurgedAt: null }, 'keep')).toBeNull();
  });

  it('should refuse a key for a deleted conversation but still let it be forgotten', () => {
    const deleted = { status: 'closed' as const, contentPurgedAt: at('2026-01-01T00:00:00Z') };
    expect(returnKeyRefusal(deleted, 'keep')?.code).toBe(ErrorCode.CONFLICT);
    expect(returnKeyRefusal(deleted, 'forget')).toBeNull();
  });

  it('should report an unknown key as NOT_FOUND on the returnKey field', () => {
    expect(unknownReturnKey().toWire()).toMatchObject({ code: ErrorCode.NOT_FOUND, field: 'returnKey' });
  });

  it('should refuse a whole-history deletion while any consultation of it is open', () => {
    expect(historyDeleteRefusal([{ status: 'closed' }, { status: 'active' }])?.code).toBe(ErrorCode.CONFLICT);
    expect(historyDeleteRefusal([{ status: 'closed' }, { status: 'closed' }])).toBeNull();
    expect(historyDeleteRefusal([])).toBeNull();
  });
});

describe('return keys', () => {
  it('should be four groups of four unambiguous symbols when made', () => {
    expect(newReturnKey()).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it('should hash to the same value when typed with other case, spaces or hyphens', () => {
    const key = 'K7QM-3XPA-TR9D-W2HN';
    expect(normalizeReturnKey(' k7qm 3xpa tr9d w2hn ')).toBe(key);
    expect(returnKeyHash('K7QM3XPATR9DW2HN')).toBe(returnKeyHash(key));
    expect(returnKeyHash('K7QM-3XPA-TR9D-W2HM')).not.toBe(returnKeyHash(key));
  });
});
