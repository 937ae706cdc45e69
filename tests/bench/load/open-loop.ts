/**
 * Open-loop sending: message i is due at start + i/rate whatever happened before it, and its latency counts from
 * that due time, so a stalled server (or a stalled client) cannot hide its delay by slowing the sender down.
 */
import { sleep, waitUntil } from '../util.js';
import { LoadRun, type Tracker } from './tracker.js';

export async function openLoop(tracker: Tracker, name: string, rate: number, durationMs: number): Promise<LoadRun> {
  const run = new LoadRun(name);
  const total = Math.max(1, Math.round((rate * durationMs) / 1000));
  const interval = 1000 / rate;
  const start = performance.now() + 5;
  run.start = start;
  let i = 0;
  while (i < total) {
    const now = performance.now();
    while (i < total && start + i * interval <= now) {
      tracker.sendNext(run, start + i * interval);
      i++;
    }
    if (i < total) await sleep(Math.max(0, Math.min(5, start + i * interval - performance.now())));
  }
  return run;
}

/** Waits until every message of `run` is delivered (or given up by an error ack); false if `ms` passed first. */
export function drain(run: LoadRun, ms: number): Promise<boolean> {
  return waitUntil(() => run.outstanding <= 0, ms, 25);
}
