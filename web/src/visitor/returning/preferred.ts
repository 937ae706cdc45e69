import type { LinkedHistory, PreferChoice, VisitorPreferred } from '@hidamari/shared';

/**
 * What the visitor sees of the counselor they asked for while they wait:
 * - `first`: on duty; the chat is offered to them first;
 * - `wait` / `message`: off duty; the chat is kept for them until their next shift ends (the visitor picks which);
 * - `unplanned`: off duty with no shift planned; nothing is kept (the page offers a message or anyone on duty).
 */
export interface PreferredView {
  counselorName: string;
  mode: 'first' | 'wait' | 'message' | 'unplanned';
  /** When that counselor is next on shift (ISO 8601); null while on duty or when none is planned. */
  nextShiftAt: string | null;
  /** What the visitor answered to "wait, message or anyone" (null: not yet; the question is shown). */
  chosen: 'wait' | 'message' | null;
}

/** Why the page no longer waits for that counselor: the offer ran out or they went off the roster, or the visitor chose anyone. */
export type PreferredNotice = 'opened' | 'anyone';

/** From the start ack: only when the visitor asked for the counselor and the history had one. */
export function preferredAtStart(preferCounselor: boolean | undefined, linked: LinkedHistory | undefined): PreferredView | null {
  if (!preferCounselor || !linked?.counselorName) return null;
  const base = { counselorName: linked.counselorName, chosen: null };
  if (linked.counselorNextShiftAt === undefined) return { ...base, mode: 'first', nextShiftAt: null };
  if (linked.counselorNextShiftAt === null) return { ...base, mode: 'unplanned', nextShiftAt: null };
  return { ...base, mode: 'wait', nextShiftAt: linked.counselorNextShiftAt };
}

/** A reservation the server pushed; a mode the visitor chose stays chosen (the server says `wait` before anyone chose). */
export function preferredFromServer(before: PreferredView | null, p: VisitorPreferred): PreferredView {
  const chosen = p.mode === 'message' ? 'message' : p.mode === 'wait' && before?.chosen === 'wait' ? 'wait' : null;
  return { counselorName: p.counselorName, mode: p.mode, nextShiftAt: p.nextShiftAt, chosen };
}

/** The visitor's answer (acknowledged by the server, or local when nothing was kept): anyone ends the wait. */
export function preferredAfterChoice(before: PreferredView | null, choice: PreferChoice): PreferredView | null {
  if (!before || choice === 'anyone') return null;
  return { ...before, mode: before.mode === 'unplanned' ? 'unplanned' : choice, chosen: choice };
}

/** Whether the page asks "wait, leave a message, or anyone now". */
export function asksForChoice(p: PreferredView | null): boolean {
  return p !== null && p.mode !== 'first' && p.chosen === null;
}
