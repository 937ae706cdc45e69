/** Whole seconds waited since `createdAt` (never negative, even with a clock skew). */
export function waitSeconds(createdAt: string, nowMs: number): number {
  const start = Date.parse(createdAt);
  if (Number.isNaN(start)) return 0;
  return Math.max(0, Math.floor((nowMs - start) / 1000));
}

/** "0:42", "12:05", "1:02:03": a ticking clock that reads the same in every language. */
export function formatWait(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** How urgent a wait looks: over 5 minutes is long, over 15 very long. */
export function waitLevel(seconds: number): 'ok' | 'long' | 'very-long' {
  if (seconds >= 15 * 60) return 'very-long';
  if (seconds >= 5 * 60) return 'long';
  return 'ok';
}

/** Ids in `next` that were not in `previous`: what just entered the queue (for the sound alert). */
export function arrivals(previous: ReadonlySet<string>, next: readonly { consultationId: string }[]): string[] {
  return next.map((i) => i.consultationId).filter((id) => !previous.has(id));
}
