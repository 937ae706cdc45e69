import { describe, expect, it } from 'vitest';
import { closeDecision } from './consultation.rules.js';

const base = { assignedStaffId: 'me', outcomeRecordedAt: null };

describe('closing a consultation', () => {
  it('should close an open chat for its assignee', () => {
    expect(closeDecision({ ...base, status: 'active', closeReason: null }, 'me')).toBe('close');
  });

  it('should let the last assignee record the outcome once after the visitor left', () => {
    expect(closeDecision({ ...base, status: 'closed', closeReason: 'visitor_left' }, 'me')).toBe('record');
    const again = closeDecision({ ...base, status: 'closed', closeReason: 'visitor_left', outcomeRecordedAt: new Date() }, 'me');
    expect(again).toMatchObject({ code: 'CONSULTATION_CLOSED' });
  });

  it('should refuse anyone else, and a chat the counselor closed themselves', () => {
    expect(closeDecision({ ...base, status: 'closed', closeReason: 'visitor_left' }, 'other')).toMatchObject({ code: 'FORBIDDEN' });
    expect(closeDecision({ ...base, status: 'closed', closeReason: 'counselor_closed' }, 'me')).toMatchObject({ code: 'CONSULTATION_CLOSED' });
    expect(closeDecision(null, 'me')).toMatchObject({ code: 'NOT_FOUND' });
  });
});
