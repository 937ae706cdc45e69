import { describe, expect, it } from 'vitest';
import { actRefusal, alertTargets, escalateRefusal, involved, listScope, realertDue, realertTargets } from './escalation.rules.js';

const code = (e: { code: string } | null) => e?.code ?? null;
const T0 = new Date('2030-01-01T00:00:00Z');
const after = (s: number) => new Date(T0.getTime() + s * 1000);

describe('escalation rules', () => {
  it.each([
    [[], 'consult', null],
    [['consult'], 'consult', 'CONFLICT'],
    [['consult'], 'urgent', null],
    [['urgent'], 'consult', 'CONFLICT'],
    [['emergency'], 'emergency', 'CONFLICT'],
    [['consult', 'urgent'], 'emergency', null],
  ] as const)('should answer %j + %s with %s when escalating', (open, level, expected) => {
    expect(code(escalateRefusal(open, level))).toBe(expected);
  });

  it('should alert on-duty supervisors but the raiser when any is left', () => {
    expect(alertTargets('me', ['me', 's1'], ['a1'])).toEqual({ notified: 'supervisors', recipientIds: ['s1'] });
  });
  it('should alert admins when no other supervisor is on duty', () => {
    expect(alertTargets('me', ['me'], ['a1', 'me'])).toEqual({ notified: 'admins', recipientIds: ['a1'] });
    expect(alertTargets('me', [], [])).toEqual({ notified: 'admins', recipientIds: [] });
  });
  it('should re-alert supervisors and admins once each, never the raiser, when re-alerting', () => {
    expect(realertTargets('me', ['s1', 'x'], ['x', 'a1', 'me'])).toEqual(['s1', 'x', 'a1']);
  });

  const supervisor = { roles: ['supervisor'], active: true };
  const admin = { roles: ['admin'], active: true };
  const counselor = { roles: ['counselor'], active: true };
  it.each([
    [{ status: 'open', adminsAlerted: false }, supervisor, 'ack', null],
    [{ status: 'open', adminsAlerted: false }, counselor, 'ack', 'FORBIDDEN'],
    [{ status: 'open', adminsAlerted: false }, admin, 'resolve', 'FORBIDDEN'],
    [{ status: 'open', adminsAlerted: true }, admin, 'ack', null],
    [{ status: 'acknowledged', adminsAlerted: false }, supervisor, 'ack', 'CONFLICT'],
    [{ status: 'acknowledged', adminsAlerted: false }, supervisor, 'resolve', null],
    [{ status: 'open', adminsAlerted: false }, supervisor, 'resolve', null],
    [{ status: 'resolved', adminsAlerted: false }, supervisor, 'resolve', 'CONFLICT'],
    [null, supervisor, 'ack', 'NOT_FOUND'],
    [{ status: 'open', adminsAlerted: false }, { roles: ['supervisor'], active: false }, 'ack', 'FORBIDDEN'],
  ] as const)('should answer %j by %j (%s) with %s', (e, actor, action, expected) => {
    expect(code(actRefusal(e, actor, action))).toBe(expected);
  });

  it.each([
    ['emergency', 'open', null, 59, false],
    ['emergency', 'open', null, 60, true],
    ['emergency', 'open', T0, 600, false],
    ['emergency', 'acknowledged', null, 600, false],
    ['urgent', 'open', null, 600, false],
  ] as const)('should decide a %s %s escalation (re-alerted %s) is due after %i s: %s', (level, status, realertedAt, seconds, due) => {
    expect(realertDue({ level, status, realertedAt, createdAt: T0 }, after(seconds), 60)).toBe(due);
  });

  it('should name each person once when collecting who is involved', () => {
    expect(involved(['r'], ['s1', null, 'r'], [undefined, 's2'])).toEqual(['r', 's1', 's2']);
  });
  it('should let supervisors list all, admins what reached them, others their own', () => {
    expect([listScope(['counselor', 'supervisor']), listScope(['admin']), listScope(['counselor'])]).toEqual(['all', 'admins-alerted', 'own']);
  });
});
