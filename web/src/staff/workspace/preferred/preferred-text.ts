import type { PreferredCounselor, QueueItem } from '@hidamari/shared';

/** Time left as m:ss (h:mm:ss from an hour on); 0:00 once passed. */
export function countdown(untilIso: string, now: number): string {
  const left = Math.max(0, Math.floor((Date.parse(untilIso) - now) / 1000));
  const h = Math.floor(left / 3600);
  const m = Math.floor((left % 3600) / 60);
  const s = String(left % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Which sentence a reserved queue item shows (keys in the 'staff' namespace, under `queue.preferred`). */
export type PreferredLine =
  | { key: 'queue.preferred.first'; name: string; left: string }
  | { key: 'queue.preferred.waitNext' | 'queue.preferred.messageNext'; name: string; at: string }
  | { key: 'queue.preferred.waitUntil' | 'queue.preferred.messageUntil'; name: string; at: string };

/**
 * "Offered to X first · m:ss left" while X is on duty; "waiting for X (next on …)" when the visitor chose to wait or
 * leave X a message, with X's next shift when the server sends it, else the end of the reservation.
 */
export function preferredLine(p: PreferredCounselor, now: number): PreferredLine {
  if (p.mode === 'first') return { key: 'queue.preferred.first', name: p.name, left: countdown(p.until, now) };
  const kind = p.mode === 'message' ? 'message' : 'wait';
  return p.nextShiftAt
    ? { key: `queue.preferred.${kind}Next`, name: p.name, at: p.nextShiftAt }
    : { key: `queue.preferred.${kind}Until`, name: p.name, at: p.until };
}

/** The queue as this counselor sees it: chats reserved for them on top (in the server's order), then the rest as sent. */
export function orderForMe(items: readonly QueueItem[], staffId: string): QueueItem[] {
  const mine = items.filter((i) => i.preferred?.staffId === staffId);
  return mine.length === 0 ? [...items] : [...mine, ...items.filter((i) => i.preferred?.staffId !== staffId)];
}

/** Chats newly reserved for this counselor that have not been alerted yet: each alerts once per page. */
export function preferredArrivals(items: readonly QueueItem[], staffId: string, alerted: ReadonlySet<string>): QueueItem[] {
  return items.filter((i) => i.preferred?.staffId === staffId && !alerted.has(i.consultationId));
}
