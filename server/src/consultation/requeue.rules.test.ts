import { describe, expect, it } from 'vitest';
import { HANDOVER_PRIORITY } from './consultation.rules.js';
import { requeuePriority, VISITOR_REQUEUE_REASON } from './requeue.rules.js';

describe('requeue rules', () => {
  it('should tell the visitor a hand-over when a shift ends or a team takes over, and a drop as a lost connection', () => {
    expect(VISITOR_REQUEUE_REASON.shift_handover).toBe('handed_over');
    expect(VISITOR_REQUEUE_REASON.team_transfer).toBe('handed_over');
    expect(VISITOR_REQUEUE_REASON.counselor_disconnected).toBe('counselor_disconnected');
    expect(VISITOR_REQUEUE_REASON.counselor_cannot_counsel).toBe('counselor_left');
  });

  it('should put a chat that lost its counselor ahead of ordinary arrivals when nothing higher is asked', () => {
    expect(requeuePriority(0)).toBe(HANDOVER_PRIORITY);
    expect(requeuePriority(HANDOVER_PRIORITY + 5)).toBe(HANDOVER_PRIORITY + 5);
    expect(requeuePriority(0, 20)).toBe(20);
    expect(requeuePriority(30, 20)).toBe(30);
  });
});
