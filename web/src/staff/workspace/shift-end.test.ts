import { describe, expect, it } from 'vitest';
import { NO_SHIFT_END, shiftEndReducer } from './shift-end';

const ending = { shiftId: 's1', endsAt: '2025-03-01T08:00:00.000Z' };

describe('shiftEndReducer', () => {
  it('should show the reminder, then replace it with the end when the shift is over', () => {
    const reminded = shiftEndReducer(NO_SHIFT_END, { type: 'ending', ending });
    expect(reminded).toEqual({ ending, ended: false, aside: false });
    expect(shiftEndReducer(reminded, { type: 'ended', ended: { shiftId: 's1', openConsultationIds: ['c1'] } })).toEqual({
      ending: null, ended: true, aside: false,
    });
  });

  it('should bring the end panel back when it was put aside and the end is reported again', () => {
    const aside = shiftEndReducer(shiftEndReducer(NO_SHIFT_END, { type: 'ended' }), { type: 'aside' });
    expect(aside.aside).toBe(true);
    expect(shiftEndReducer(aside, { type: 'ended' }).aside).toBe(false);
  });

  it('should forget the end when the counselor goes on duty again on a new shift', () => {
    expect(shiftEndReducer({ ending, ended: true, aside: true }, { type: 'on-duty' })).toEqual(NO_SHIFT_END);
  });
});
