import { RISK_LEVELS, type QueueStanding, type RiskLevel } from '@hidamari/shared';

/** Sort rank stored with each consultation: high 2, elevated 1, none 0. */
export function riskRank(level: RiskLevel): number {
  return RISK_LEVELS.length - 1 - RISK_LEVELS.indexOf(level);
}

export interface Queued {
  id: string;
  riskLevel: RiskLevel;
  priority: number;
  createdAt: Date;
}

/** Queue order: risk first (high, elevated, none), then priority (higher first), then arrival. */
export function compareQueued(a: Queued, b: Queued): number {
  return (
    riskRank(b.riskLevel) - riskRank(a.riskLevel) ||
    b.priority - a.priority ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export interface Capacity {
  /** Counselors on duty right now. */
  onDuty: number;
  /** Chats they could still take (sum of max concurrent minus chats held). */
  freeSlots: number;
  /** Chats they hold in total when all are busy (sum of max concurrent). */
  totalSlots: number;
  /** Average length of a recent consultation, seconds. */
  avgHandleSeconds: number;
  /**
   * @deprecated Not used: with nobody on duty no number of minutes is honest (the next shift's counselors may come
   * late, or meet a queue of their own), so the visitor is told when the next shift starts instead.
   */
  secondsUntilOpening?: number | null;
}

/** Time for an on-duty counselor with a free slot to notice and take a chat. */
export const PICKUP_SECONDS = 60;

/**
 * Estimated wait for the visitor at `position` (1 = next).
 * - A free slot for everyone ahead and this visitor: PICKUP_SECONDS.
 * - Otherwise the visitors beyond the free slots wait for chats to end; with
 *   `totalSlots` chats running at once and each lasting `avgHandleSeconds`, a
 *   slot frees every avgHandle / totalSlots seconds.
 * - Nobody on duty: null, never minutes. The visitor is told instead when the
 *   next shift starts and that messages are read in order from then (the start
 *   ack's `service` and `GET /api/status`).
 * The visitor sees this as a range (`waitRange`), never as a promise.
 */
export function estimateWait(position: number, cap: Capacity): number | null {
  if (cap.onDuty === 0 || cap.totalSlots === 0) return null;
  if (position <= cap.freeSlots) return PICKUP_SECONDS;
  const ahead = position - cap.freeSlots;
  return Math.round(PICKUP_SECONDS + (ahead * cap.avgHandleSeconds) / cap.totalSlots);
}

/** Standing for each queued consultation, given the queue in order. */
export function standings(orderedIds: readonly string[], cap: Capacity): Map<string, QueueStanding> {
  const result = new Map<string, QueueStanding>();
  orderedIds.forEach((id, i) => result.set(id, { position: i + 1, estimatedWaitSeconds: estimateWait(i + 1, cap) }));
  return result;
}

export const DEFAULT_HANDLE_SECONDS = 20 * 60;

/** Average handle time from recent durations, clamped to 5–60 minutes; the default when there is no history. */
export function averageHandleSeconds(durations: readonly number[]): number {
  if (durations.length === 0) return DEFAULT_HANDLE_SECONDS;
  const avg = durations.reduce((a, b) => a + b, 0) / durations.length;
  return Math.min(3600, Math.max(300, Math.round(avg)));
}
