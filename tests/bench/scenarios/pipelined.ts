/**
 * Scenario "pipelined": every sender (each visitor, and each counselor in each of its chats) sends a burst of messages
 * back to back without waiting for any ack, as fast typing or an outbox flushing after a reconnect does. Bursts are
 * scheduled open loop: visitor and counselor of a chat burst one after the other, a counselor's chats in a row.
 * Each message's latency counts from its burst's scheduled time. Order is checked on delivery (and in the replay).
 */
import { drain } from '../load/open-loop.js';
import { LoadRun, type Tracker } from '../load/tracker.js';
import { harnessLoop, sleep } from '../util.js';
import { loadFigures, type LoadFigures } from './steady.js';

export interface PipelinedFigures extends LoadFigures {
  /** Messages each sender sends back to back. */
  burst: number;
  senders: number;
}

export async function pipelined(tracker: Tracker, pairs: number, burst: number, rate: number): Promise<PipelinedFigures> {
  const senders = 2 * pairs;
  const run = new LoadRun(`pipelined@${rate}x${burst}`);
  const interval = (1000 * burst) / rate;
  const loop = harnessLoop();
  const start = performance.now() + 5;
  run.start = start;
  let j = 0;
  while (j < senders) {
    const now = performance.now();
    for (; j < senders && start + j * interval <= now; j++) {
      const t0 = start + j * interval;
      for (let k = 0; k < burst; k++) tracker.sendTo(run, t0, Math.floor(j / 2), j % 2 === 0 ? 0 : 1);
    }
    if (j < senders) await sleep(Math.max(0, Math.min(5, start + j * interval - performance.now())));
  }
  const drained = await drain(run, 15_000);
  const seconds = (senders * interval) / 1000;
  return { ...loadFigures(run, rate, seconds, drained, loop.stop()), burst, senders };
}
