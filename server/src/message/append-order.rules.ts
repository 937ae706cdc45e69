/** A message waiting to be written, keyed by its consultation. */
export interface Queued {
  key: string;
}

/**
 * The next batch to write: waiting messages in arrival order, at most `max`, skipping every
 * consultation in `writing` (a write of it is in flight). Once a consultation's message is left
 * waiting, all its later ones are too (they follow it in `waiting`), so no message of a
 * consultation is ever written before an earlier one. `rest` keeps the arrival order of the others.
 */
export function nextBatch<T extends Queued>(waiting: readonly T[], writing: ReadonlySet<string>, max: number): { batch: T[]; rest: T[] } {
  const batch: T[] = [];
  const rest: T[] = [];
  for (const m of waiting) {
    if (batch.length < max && !writing.has(m.key)) batch.push(m);
    else rest.push(m);
  }
  return { batch, rest };
}
