/** Scenario "steady": a fixed open-loop message rate; delivery latency, server event-loop delay and CPU per message. */
import type { Eld } from '../child-process.js';
import type { LatencySummary } from '../histogram.js';
import { drain, openLoop } from '../load/open-loop.js';
import type { LoadRun, Tracker } from '../load/tracker.js';
import type { Target } from '../server-process.js';
import { harnessLoop, round } from '../util.js';

export interface LoadFigures {
  rate: number;
  seconds: number;
  sent: number;
  delivered: number;
  errors: number;
  timeouts: number;
  duplicates: number;
  misrouted: number;
  /** Deliveries that arrived after a later message of the same sender. */
  misordered: number;
  errorCodes: Record<string, number>;
  /** Delivery latency from the scheduled send time to `message:created` at the other side (ms). */
  latency: LatencySummary;
  /** Sender's acknowledgement, from the scheduled time (ms). */
  ack: LatencySummary;
  /** How late the harness emitted vs the schedule (p99, ms): a large value means the client was the limit. */
  sendLagP99: number;
  /** The harness's own event-loop delay during the phase (ms). */
  harnessEld: { p99: number; max: number };
  drained: boolean;
}

export interface SteadyFigures extends LoadFigures {
  timeline: LoadRun['timeline'];
  eld: Eld | null;
  serverCpuSeconds: number;
  cpuSecondsPer1000: number;
  /** Local PostgreSQL's CPU per 1,000 messages (null on PGlite, whose work is inside the server process). */
  dbCpuSecondsPer1000: number | null;
  clientCpuSeconds: number;
}

export function loadFigures(run: LoadRun, rate: number, seconds: number, drained: boolean, harnessEld: { p99: number; max: number }): LoadFigures {
  return {
    rate,
    seconds,
    sent: run.sent,
    delivered: run.delivered,
    errors: run.errors,
    timeouts: run.timeouts,
    duplicates: run.duplicates,
    misrouted: run.misrouted,
    misordered: run.misordered,
    errorCodes: run.errorCodes,
    latency: run.delivery.summary(),
    ack: run.ack.summary(),
    sendLagP99: round(run.sendLag.at(99)),
    harnessEld,
    drained,
  };
}

export async function steady(target: Target, tracker: Tracker, rate: number, durationMs: number): Promise<SteadyFigures> {
  await target.eld(); // resets the server's histogram
  const cpu0 = target.cpuSeconds();
  const db0 = target.dbCpuSeconds?.();
  const client0 = process.cpuUsage();
  const loop = harnessLoop();
  const run = await openLoop(tracker, `steady@${rate}`, rate, durationMs);
  const drained = await drain(run, 10_000);
  const harnessEld = loop.stop();
  const eld = await target.eld();
  const serverCpu = target.cpuSeconds() - cpu0;
  const dbCpu = db0 === undefined ? null : (target.dbCpuSeconds?.() ?? db0) - db0;
  const client = process.cpuUsage(client0);
  return {
    ...loadFigures(run, rate, durationMs / 1000, drained, harnessEld),
    timeline: run.timeline,
    eld,
    serverCpuSeconds: round(serverCpu),
    cpuSecondsPer1000: round(serverCpu / (run.sent / 1000), 3),
    dbCpuSecondsPer1000: dbCpu === null ? null : round(dbCpu / (run.sent / 1000), 3),
    clientCpuSeconds: round((client.user + client.system) / 1e6),
  };
}
