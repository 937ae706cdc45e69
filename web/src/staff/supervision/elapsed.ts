/** Whole minutes from `since` to `now`, split for display ("12 min", "1 h 05 min"); null under a minute. */
export function elapsedParts(since: string, now: number): { h: number; m: number } | null {
  const minutes = Math.floor(Math.max(0, now - Date.parse(since)) / 60_000);
  if (minutes < 1) return null;
  return { h: Math.floor(minutes / 60), m: minutes % 60 };
}
