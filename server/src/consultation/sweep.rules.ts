/** Decisions of the cluster-wide sweeper, as plain functions of time. */

export function staffGone(lastSeenAt: Date | null, now: Date, graceSeconds: number): boolean {
  return !lastSeenAt || now.getTime() - lastSeenAt.getTime() > graceSeconds * 1000;
}

export function inactive(lastActivityAt: Date, now: Date, limitSeconds: number): boolean {
  return now.getTime() - lastActivityAt.getTime() > limitSeconds * 1000;
}

/** How often a process refreshes presence: well inside the grace period, at most every 15 s. */
export function heartbeatMs(graceSeconds: number): number {
  return Math.max(200, Math.min(15_000, Math.floor((graceSeconds * 1000) / 4)));
}

/** The moment before which a timestamp is older than `seconds` (what the sweeper's queries select on). */
export function cutoff(now: Date, seconds: number): Date {
  return new Date(now.getTime() - seconds * 1000);
}

/** Rows one sweep round takes from each selection at most: its locks and its work stay bounded whatever the backlog. */
export const SWEEP_BATCH = 500;
