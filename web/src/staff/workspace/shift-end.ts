import type { ShiftEnded, ShiftEnding } from '@hidamari/shared';

/**
 * What the counselor is told about the end of their shift: the reminder (`shift:ending`), then the end
 * (`shift:ended`, or a claim refused with SHIFT_ENDED) which asks them to hand over each open chat.
 */
export interface ShiftEndState {
  ending: ShiftEnding | null;
  /** Set once the shift is over; the panel then lists the chats still held. */
  ended: boolean;
  /** The counselor put the panel aside ("later"); it comes back on the next end or refused claim. */
  aside: boolean;
}

export type ShiftEndEvent =
  | { type: 'ending'; ending: ShiftEnding }
  | { type: 'ended'; ended?: ShiftEnded }
  | { type: 'dismiss-ending' }
  | { type: 'aside' }
  | { type: 'on-duty' };

export const NO_SHIFT_END: ShiftEndState = { ending: null, ended: false, aside: false };

export function shiftEndReducer(s: ShiftEndState, e: ShiftEndEvent): ShiftEndState {
  switch (e.type) {
    case 'ending':
      return { ...s, ending: e.ending };
    case 'ended':
      // The end replaces the reminder: one message at a time.
      return { ending: null, ended: true, aside: false };
    case 'dismiss-ending':
      return { ...s, ending: null };
    case 'aside':
      return { ...s, aside: true };
    case 'on-duty':
      // Back on duty means a (new) shift covers now: the old end is no longer news.
      return NO_SHIFT_END;
  }
}
