import type { HandoffOffered } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { canStart, handoffReducer, NO_HANDOFFS } from './handoff-state';

const offer = { handoffId: 'h1', consultation: { id: 'c1' }, note: '', from: { staffId: 's', displayName: 'S' }, expiresAt: '' } as unknown as HandoffOffered;

describe('handoffReducer', () => {
  it('should drop the offer prompt when the offer expires or is cancelled', () => {
    const s = handoffReducer(NO_HANDOFFS, { type: 'offered', offer });
    expect(s.offers).toHaveLength(1);
    expect(handoffReducer(s, { type: 'ended', phase: 'expired', handoffId: 'h1', consultationId: 'c1' }).offers).toEqual([]);
  });

  it('should show the sender declined when the colleague declines, and allow a new hand-off then', () => {
    let s = handoffReducer(NO_HANDOFFS, { type: 'sent', outgoing: { handoffId: 'h1', consultationId: 'c1', phase: 'waiting', toName: 'A' } });
    expect(canStart(s, 'c1')).toBe(false);
    s = handoffReducer(s, { type: 'ended', phase: 'declined', handoffId: 'h1', consultationId: 'c1' });
    expect(s.outgoing.c1?.phase).toBe('declined');
    expect(canStart(s, 'c1')).toBe(true);
  });

  it('should ignore the end of an older offer when a newer one of the same chat waits', () => {
    const s = handoffReducer(NO_HANDOFFS, { type: 'sent', outgoing: { handoffId: 'h2', consultationId: 'c1', phase: 'waiting' } });
    expect(handoffReducer(s, { type: 'ended', phase: 'expired', handoffId: 'h1', consultationId: 'c1' }).outgoing.c1?.phase).toBe('waiting');
  });

  it('should record a completed hand-off for the sender only when it completes', () => {
    const done = { handoffId: 'h1', consultationId: 'c1', mode: 'warm' as const, from: { staffId: 's', displayName: 'S' }, to: { staffId: 't', displayName: 'T' } };
    expect(handoffReducer(NO_HANDOFFS, { type: 'completed', done, staffId: 's' }).outgoing.c1).toMatchObject({ phase: 'completed', toName: 'T' });
    expect(handoffReducer(NO_HANDOFFS, { type: 'completed', done, staffId: 't' }).outgoing).toEqual({});
  });
});
