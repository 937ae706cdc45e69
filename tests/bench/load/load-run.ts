/** The counters and histograms of one load phase (a steady run or one ramp step). */
import { Latency } from '../histogram.js';

export class LoadRun {
  readonly delivery = new Latency();
  readonly ack = new Latency();
  /** How late the harness itself emitted vs the schedule: large values mean the client, not the server, is the limit. */
  readonly sendLag = new Latency();
  sent = 0;
  acked = 0;
  errors = 0;
  timeouts = 0;
  delivered = 0;
  duplicates = 0;
  misrouted = 0;
  /** Deliveries that came after a later message of the same sender. */
  misordered = 0;
  outstanding = 0;
  deliveredAfterError = 0;
  readonly errorCodes: Record<string, number> = {};
  /** Per second of schedule: messages delivered, worst latency, deliveries over 50 ms (spots periodic stalls). */
  readonly timeline: { delivered: number; maxMs: number; over50: number }[] = [];
  start = 0;
  constructor(readonly name: string) {}

  noteDelivery(t0: number, ms: number): void {
    const i = Math.max(0, Math.floor((t0 - this.start) / 1000));
    for (let k = this.timeline.length; k <= i; k++) this.timeline.push({ delivered: 0, maxMs: 0, over50: 0 });
    const b = this.timeline[i] as { delivered: number; maxMs: number; over50: number };
    b.delivered++;
    if (ms > b.maxMs) b.maxMs = Math.round(ms * 10) / 10;
    if (ms > 50) b.over50++;
  }
}
