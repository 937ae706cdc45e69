import { ErrorCode } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { PURGE_BATCH, PURGE_MAX_BATCHES, purgeContinues, retentionCutoff, visitorDeleteRefusal } from './retention.rules.js';

describe('retention rules', () => {
  it('should put the cutoff exactly RETENTION_DAYS before now when computing what is due', () => {
    expect(retentionCutoff(new Date('2026-04-01T00:00:00Z'), 90).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('should take another batch only when the last one was full and the round has budget left', () => {
    expect(purgeContinues(PURGE_BATCH, 1)).toBe(true);
    expect(purgeContinues(PURGE_BATCH - 1, 1)).toBe(false);
    expect(purgeContinues(PURGE_BATCH, PURGE_MAX_BATCHES)).toBe(false);
  });

  it('should refuse a visitor deletion with CONFLICT when the consultation is still open', () => {
    expect(visitorDeleteRefusal({ status: 'active' })?.code).toBe(ErrorCode.CONFLICT);
    expect(visitorDeleteRefusal({ status: 'queued' })?.code).toBe(ErrorCode.CONFLICT);
    expect(visitorDeleteRefusal(null)?.code).toBe(ErrorCode.NOT_FOUND);
    expect(visitorDeleteRefusal({ status: 'closed' })).toBeNull();
  });
});
