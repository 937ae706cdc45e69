import { describe, expect, it } from 'vitest';
import { asksForChoice, preferredAfterChoice, preferredAtStart, preferredFromServer } from './preferred';

const TOMORROW = '2026-12-02T10:00:00.000Z';

describe('the asked-for counselor', () => {
  it('should be offered first when the ack says nothing of a next shift', () => {
    const p = preferredAtStart(true, { previousCount: 2, counselorName: 'はる' });
    expect(p).toEqual({ counselorName: 'はる', mode: 'first', nextShiftAt: null, chosen: null });
    expect(asksForChoice(p)).toBe(false);
  });

  it('should ask wait, message or anyone when the counselor is next on shift later', () => {
    const p = preferredAtStart(true, { previousCount: 1, counselorName: 'はる', counselorNextShiftAt: TOMORROW });
    expect(p).toMatchObject({ mode: 'wait', nextShiftAt: TOMORROW, chosen: null });
    expect(asksForChoice(p)).toBe(true);
  });

  it('should say no shift is planned when the next shift is null', () => {
    const p = preferredAtStart(true, { previousCount: 1, counselorName: 'はる', counselorNextShiftAt: null });
    expect(p).toMatchObject({ mode: 'unplanned', nextShiftAt: null });
    expect(asksForChoice(p)).toBe(true);
  });

  it('should be nothing when no counselor was asked for or the history had none', () => {
    expect(preferredAtStart(false, { previousCount: 1, counselorName: 'はる' })).toBeNull();
    expect(preferredAtStart(true, { previousCount: 1 })).toBeNull();
    expect(preferredAtStart(true, undefined)).toBeNull();
  });

  it('should keep the chosen wait when the server pushes the same reservation again', () => {
    const waiting = preferredAfterChoice(preferredAtStart(true, { previousCount: 1, counselorName: 'はる', counselorNextShiftAt: TOMORROW }), 'wait');
    expect(waiting).toMatchObject({ mode: 'wait', chosen: 'wait' });
    const pushed = preferredFromServer(waiting, { counselorName: 'はる', mode: 'wait', until: TOMORROW, nextShiftAt: TOMORROW });
    expect(asksForChoice(pushed)).toBe(false);
    // Before any choice, the server's default "wait" still asks.
    expect(asksForChoice(preferredFromServer(null, { counselorName: 'はる', mode: 'wait', until: TOMORROW, nextShiftAt: TOMORROW }))).toBe(true);
    expect(preferredFromServer(null, { counselorName: 'はる', mode: 'message', until: TOMORROW, nextShiftAt: TOMORROW }).chosen).toBe('message');
  });

  it('should end the wait when the visitor chooses anyone, and keep "unplanned" when they leave a message', () => {
    const away = preferredAtStart(true, { previousCount: 1, counselorName: 'はる', counselorNextShiftAt: TOMORROW });
    expect(preferredAfterChoice(away, 'anyone')).toBeNull();
    expect(preferredAfterChoice(away, 'message')).toMatchObject({ mode: 'message', chosen: 'message' });
    const unplanned = preferredAtStart(true, { previousCount: 1, counselorName: 'はる', counselorNextShiftAt: null });
    expect(preferredAfterChoice(unplanned, 'message')).toMatchObject({ mode: 'unplanned', chosen: 'message' });
  });
});
