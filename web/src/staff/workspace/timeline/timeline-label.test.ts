import type { TimelineEvent } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { timelineEn } from './i18n/en';
import { timelineJa } from './i18n/ja';
import { timelineLabel } from './timeline-label';

const ev = (type: string, data: Record<string, unknown> = {}): TimelineEvent => ({ id: 1, type, data, createdAt: '2030-01-01T00:00:00Z' });

describe('timelineLabel', () => {
  it.each([
    ['queued', {}, 'events.queued', {}, {}],
    ['claimed', {}, 'events.claimed', {}, {}],
    ['requeued', { reason: 'shift_handover' }, 'events.requeued.shift_handover', {}, {}],
    ['requeued', { reason: 'something_new' }, 'events.requeued.other', {}, {}],
    ['closed', { reason: 'inactive' }, 'events.closed.inactive', {}, {}],
    ['transferred', { mode: 'cold', toTeam: 'family' }, 'events.transferred.cold', { team: 'family' }, {}],
    ['transferred', { mode: 'warm', toStaffName: '佐藤' }, 'events.transferred.warm', { to: '佐藤' }, {}],
    ['transferred', { mode: 'warm' }, 'events.transferred.warm', {}, { to: 'someone' }],
    ['handoff_offered', { toStaffName: '鈴木' }, 'events.handoff_offered', { to: '鈴木' }, {}],
    ['handoff_accepted', { fromStaffName: '田中' }, 'events.handoff_accepted', { from: '田中' }, {}],
    ['handoff_declined', {}, 'events.handoff_declined', {}, {}],
    ['handoff_expired', {}, 'events.handoff_expired', {}, {}],
    ['handoff_cancelled', {}, 'events.handoff_cancelled', {}, {}],
    ['escalated', { level: 'urgent', notified: 'supervisors' }, 'events.escalated.supervisors', {}, { level: 'levels.urgent' }],
    ['escalated', { level: 'emergency', notified: 'admins' }, 'events.escalated.admins', {}, { level: 'levels.emergency' }],
    ['escalation_acknowledged', {}, 'events.escalation_acknowledged', {}, {}],
    ['escalation_resolved', {}, 'events.escalation_resolved', {}, {}],
    ['escalation_realerted', {}, 'events.escalation_realerted', {}, {}],
    ['supervisor_joined', { mode: 'monitor' }, 'events.supervisor_joined', {}, {}],
    ['takeover', { fromStaffName: '山本' }, 'events.takeover', { from: '山本' }, {}],
    ['risk_flagged', { level: 'high' }, 'events.risk.raised', {}, { level: 'risk.high' }],
    ['risk_lowered', { from: 'high', to: 'none' }, 'events.risk.lowered', {}, { level: 'risk.none' }],
    ['risk_changed', {}, 'events.risk.changed', {}, {}],
    ['risk_changed', { from: 'high', to: 'elevated' }, 'events.risk.lowered', {}, { level: 'risk.elevated' }],
    ['risk_changed', { from: 'none', to: 'high' }, 'events.risk.raised', {}, { level: 'risk.high' }],
    ['brand_new_type', {}, 'events.other', { type: 'brand_new_type' }, {}],
  ])('should read %s %j as %s', (type, data, key, values, terms) => {
    const l = timelineLabel(ev(type, data));
    expect([l.key, l.values, l.terms]).toEqual([key, values, terms]);
  });

  it('should flag an emergency, a re-alert and a raised risk when they need a supervisor\'s eye', () => {
    expect(timelineLabel(ev('escalated', { level: 'emergency' })).tone).toBe('alert');
    expect(timelineLabel(ev('escalated', { level: 'consult' })).tone).toBe('normal');
    expect(timelineLabel(ev('escalation_realerted')).tone).toBe('alert');
    expect(timelineLabel(ev('risk_flagged', { level: 'elevated' })).tone).toBe('alert');
    expect(timelineLabel(ev('risk_lowered', { from: 'high', to: 'elevated' })).tone).toBe('normal');
  });

  it('should name the visitor as the doer when the visitor arrived or left without a staff actor', () => {
    expect(timelineLabel(ev('queued')).byVisitor).toBe(true);
    expect(timelineLabel(ev('closed', { reason: 'visitor_left' })).byVisitor).toBe(true);
    expect(timelineLabel(ev('closed', { reason: 'inactive' })).byVisitor).toBe(false);
  });

  it('should add the outcome as a second line when a closed chat has one', () => {
    expect(timelineLabel(ev('closed', { reason: 'counselor_closed', outcome: 'referred' })).detail).toEqual({ key: 'outcome', terms: { outcome: 'outcomes.referred' } });
  });

  it('should name the asked-for counselor when a returning visitor asked for one', () => {
    expect(timelineLabel(ev('preferred_offered', { mode: 'wait', preferredStaffName: '佐藤' }))).toMatchObject({
      key: 'events.preferred_offered.wait', values: { to: '佐藤' }, byVisitor: true,
    });
    expect(timelineLabel(ev('preference_expired'))).toMatchObject({ key: 'events.preference_expired', byVisitor: false });
  });

  it('should find every key it answers in both languages when given each type', () => {
    const get = (messages: object, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages);
    const samples = [
      ev('queued'), ev('claimed'), ev('requeued', { reason: 'counselor_disconnected' }), ev('requeued', { reason: 'counselor_cannot_counsel' }),
      ev('closed', { reason: 'visitor_left', outcome: 'listened' }), ev('closed', { reason: 'abandoned' }), ev('closed'), ev('transferred', { mode: 'warm' }),
      ev('escalated', { level: 'consult' }), ev('risk_flagged', { level: 'elevated' }), ev('other'),
      ev('preferred_offered', { mode: 'first' }), ev('preferred_offered', { mode: 'wait' }), ev('preferred_offered', { mode: 'message' }),
      ev('preference_changed', { choice: 'wait' }), ev('preference_changed', { choice: 'message' }), ev('preference_changed', { choice: 'anyone' }),
      ev('preference_expired'),
    ];
    for (const l of samples.map(timelineLabel)) {
      for (const key of [l.key, ...Object.values(l.terms), ...(l.detail ? [l.detail.key, ...Object.values(l.detail.terms)] : [])]) {
        expect(typeof get(timelineJa, key), key).toBe('string');
        expect(typeof get(timelineEn, key), key).toBe('string');
      }
    }
  });
});
