import { SUPPRESS_BELOW } from '@hidamari/shared';

/** A group's count as shown: 1 to 4 become null ("fewer than 5"), so that no figure can single out a person. */
export function suppressCount(n: number): number | null {
  return n > 0 && n < SUPPRESS_BELOW ? null : n;
}

/** A figure drawn from a group of `groupSize` (an average, a percentile, a share): null when the group is suppressed or empty. */
export function figureOf(groupSize: number, value: number | null | undefined, digits = 0): number | null {
  if (groupSize < SUPPRESS_BELOW || value === null || value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** numerator / denominator as a share (0–1, three decimals), null when the denominator's group is suppressed or empty. */
export function shareOf(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : figureOf(denominator, numerator / denominator, 3);
}
