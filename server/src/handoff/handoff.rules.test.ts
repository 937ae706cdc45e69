import { ErrorCode } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { teamClaimRefusal } from '../consultation/consultation.rules.js';
import { acceptDecision, answerRefusal, offerLapsed, offerRefusal, rankCandidates, transferNote, type OfferRow } from './handoff.rules.js';

const now = new Date('2030-01-01T10:00:00Z');
const later = new Date(now.getTime() + 60_000);
const ready = { id: 'me', active: true, roles: ['counselor'], onDuty: true, onShift: true, held: 0, maxConcurrent: 3 };
const offer: OfferRow = { status: 'offered', toStaffId: 'me', fromStaffId: 'sender', expiresAt: later };
const held = { status: 'active', assignedStaffId: 'sender' };

describe('teamClaimRefusal', () => {
  it.each([
    ['should let anyone claim when no team was asked for', null, [], 3, null],
    ['should let a member claim while members are on duty', 'family', ['family'], 2, null],
    ['should refuse an outsider while a member is on duty', 'family', ['youth'], 1, ErrorCode.TEAM_RESERVED],
    ['should let an outsider claim when no member is on duty, so the chat never strands', 'family', [], 0, null],
  ])('%s', (_name, team, teams, onDuty, code) => {
    expect(teamClaimRefusal(team, teams, onDuty)?.code ?? null).toBe(code);
  });
});

describe('offerRefusal', () => {
  const target = { id: 't', active: true, roles: ['counselor'], onDuty: true, onShift: true };
  it.each([
    ['should refuse when no such colleague exists', null, ErrorCode.NOT_FOUND],
    ['should refuse an offer to oneself', { ...target, id: 'me' }, ErrorCode.INVALID_PAYLOAD],
    ['should refuse an admin who does not counsel', { ...target, roles: ['admin'] }, ErrorCode.FORBIDDEN],
    ['should refuse a colleague off duty', { ...target, onDuty: false }, ErrorCode.NOT_ON_DUTY],
    ['should refuse a colleague whose shift is over', { ...target, onShift: false }, ErrorCode.NOT_ON_DUTY],
    ['should allow a colleague on duty', target, null],
  ])('%s', (_name, t, code) => {
    expect(offerRefusal(t, 'me')?.code ?? null).toBe(code);
  });
});

describe('acceptDecision', () => {
  it.each([
    ['should accept when all holds', offer, held, ready, { ok: true }],
    ['should refuse an offer to someone else', { ...offer, toStaffId: 'x' }, held, ready, { ok: false, code: ErrorCode.NOT_FOUND, cancel: false }],
    ['should refuse a declined offer', { ...offer, status: 'declined' }, held, ready, { ok: false, code: ErrorCode.CONFLICT, cancel: false }],
    ['should refuse an offer past its time', { ...offer, expiresAt: now }, held, ready, { ok: false, code: ErrorCode.CONFLICT, cancel: false }],
    ['should void the offer when the chat closed', offer, { ...held, status: 'closed' }, ready, { ok: false, code: ErrorCode.CONSULTATION_CLOSED, cancel: true }],
    ['should void the offer when the chat went back to the queue', offer, { status: 'queued', assignedStaffId: null }, ready, { ok: false, code: ErrorCode.CONFLICT, cancel: true }],
    ['should keep the offer open when the colleague is full', offer, held, { ...ready, held: 3 }, { ok: false, code: ErrorCode.AT_CAPACITY, cancel: false }],
    ['should keep the offer open when the colleague went off duty', offer, held, { ...ready, onDuty: false }, { ok: false, code: ErrorCode.NOT_ON_DUTY, cancel: false }],
  ])('%s', (_name, h, c, me, expected) => {
    const d = acceptDecision(h, c, me, now);
    expect(d.ok ? { ok: true } : { ok: false, code: d.error.code, cancel: d.cancel }).toEqual(expected);
  });
});

describe('offer timing', () => {
  it('should lapse exactly at expiresAt and not before', () => {
    expect(offerLapsed(offer, new Date(later.getTime() - 1))).toBe(false);
    expect(offerLapsed(offer, later)).toBe(true);
    expect(answerRefusal(offer, 'me', later)?.code).toBe(ErrorCode.CONFLICT);
  });
});

describe('transferNote and rankCandidates', () => {
  it('should keep the sender\'s words, or say who handed it on when there are none', () => {
    expect(transferNote('  家族の話です ', '青木')).toBe('家族の話です');
    expect(transferNote('', '青木', 'family')).toContain('family');
    expect(transferNote(null, '青木')).toContain('青木');
  });
  it('should list colleagues with the most free slots first', () => {
    const p = (displayName: string, load: number) => ({ staffId: displayName, displayName, teams: [], load, maxConcurrent: 3 });
    expect(rankCandidates([p('a', 3), p('b', 0), p('c', 1)]).map((x) => x.displayName)).toEqual(['b', 'c', 'a']);
  });
});
