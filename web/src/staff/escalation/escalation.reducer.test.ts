import type { Escalation } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { alertOrder, escalationReducer, forConsultation, NO_ESCALATIONS, unresolved } from './escalation.reducer';

const esc = (id: string, over: Partial<Escalation> = {}): Escalation => ({
  id, consultationId: `c-${id}`, level: 'urgent', status: 'open', note: '', notified: 'supervisors',
  raisedBy: { staffId: 'counselor', displayName: 'A' }, createdAt: `2030-01-01T00:00:0${id.length}Z`,
  consultation: { topic: 'other', audience: 'self', riskLevel: 'none' }, ...over,
});

describe('escalation reducer', () => {
  it('should alert on an open escalation raised by someone else, most urgent first', () => {
    let s = escalationReducer(NO_ESCALATIONS, { type: 'raised', escalation: esc('a'), me: 'sup', realert: false });
    s = escalationReducer(s, { type: 'raised', escalation: esc('bb', { level: 'emergency' }), me: 'sup', realert: false });
    expect(alertOrder(s).map((e) => e.id)).toEqual(['bb', 'a']);
  });

  it('should not alert the raiser when their own escalation comes back', () => {
    const s = escalationReducer(NO_ESCALATIONS, { type: 'raised', escalation: esc('a'), me: 'counselor', realert: false });
    expect(s.alerts).toEqual([]);
    expect(forConsultation(s, 'c-a')).toHaveLength(1);
  });

  it('should drop the alert when the escalation is acknowledged, and keep it listed until resolved', () => {
    let s = escalationReducer(NO_ESCALATIONS, { type: 'raised', escalation: esc('a'), me: 'sup', realert: false });
    s = escalationReducer(s, { type: 'updated', escalation: esc('a', { status: 'acknowledged' }) });
    expect(s.alerts).toEqual([]);
    expect(unresolved(s).map((e) => e.id)).toEqual(['a']);
    s = escalationReducer(s, { type: 'updated', escalation: esc('a', { status: 'resolved' }) });
    expect(unresolved(s)).toEqual([]);
  });

  it('should count a re-alert without alerting twice for one escalation', () => {
    let s = escalationReducer(NO_ESCALATIONS, { type: 'raised', escalation: esc('a', { level: 'emergency' }), me: 'sup', realert: false });
    s = escalationReducer(s, { type: 'raised', escalation: esc('a', { level: 'emergency' }), me: 'sup', realert: true });
    expect([s.alerts, s.realerts]).toEqual([['a'], 1]);
  });

  it('should restore alerts from the list only where this person is alerted', () => {
    const listed = [esc('a'), esc('bb', { status: 'acknowledged' })];
    expect(escalationReducer(NO_ESCALATIONS, { type: 'listed', escalations: listed, me: 'sup', alerting: true }).alerts).toEqual(['a']);
    expect(escalationReducer(NO_ESCALATIONS, { type: 'listed', escalations: listed, me: 'x', alerting: false }).alerts).toEqual([]);
  });
});
