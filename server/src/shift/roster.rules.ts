import { isCounselRole } from '@hidamari/shared';

export interface ShiftSpan {
  startsAt: Date;
  endsAt: Date;
  role: string;
}

const answers = (s: ShiftSpan) => isCounselRole(s.role);

/** Open now = at least one counselor's (or supervisor's) shift covers `now`. */
export function isOpen(shifts: readonly ShiftSpan[], now: Date): boolean {
  const t = now.getTime();
  return shifts.some((s) => answers(s) && s.startsAt.getTime() <= t && t < s.endsAt.getTime());
}

/** The next moment the service opens after `now`; null when open now or nothing is planned. */
export function nextOpening(shifts: readonly ShiftSpan[], now: Date): Date | null {
  if (isOpen(shifts, now)) return null;
  const t = now.getTime();
  let best: Date | null = null;
  for (const s of shifts) {
    if (answers(s) && s.startsAt.getTime() > t && (!best || s.startsAt < best)) best = s.startsAt;
  }
  return best;
}

/**
 * When the service closes, if open now: the end of the continuous cover by counsel shifts, following shifts that
 * overlap or touch (one ends at 17:00, the next starts at 17:00) into one stretch. Null when closed.
 */
export function closesAt(shifts: readonly ShiftSpan[], now: Date): Date | null {
  if (!isOpen(shifts, now)) return null;
  const counsel = shifts.filter(answers);
  let end = now.getTime();
  for (let extended = true; extended; ) {
    extended = false;
    for (const s of counsel) {
      if (s.startsAt.getTime() <= end && s.endsAt.getTime() > end) {
        end = s.endsAt.getTime();
        extended = true;
      }
    }
  }
  return new Date(end);
}
