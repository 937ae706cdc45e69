/**
 * Turns a point estimate into the range a visitor is shown, so the screen never
 * promises a minute it cannot keep: from 0.5x to 1.5x, rounded out to whole
 * 5-minute steps (minimum width 5 minutes). Returns minutes.
 */
export function waitRange(estimatedWaitSeconds: number): { minMinutes: number; maxMinutes: number } {
  const minutes = Math.max(0, estimatedWaitSeconds) / 60;
  const step = 5;
  const min = Math.floor((minutes * 0.5) / step) * step;
  let max = Math.ceil((minutes * 1.5) / step) * step;
  if (max <= min) max = min + step;
  return { minMinutes: min, maxMinutes: max };
}
