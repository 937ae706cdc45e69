/**
 * Scenario "ramp": raise the open-loop rate step by step until delivery p99 exceeds the limit or anything fails
 * (error, missing ack, backlog not drained); then one bisection step. The last passing rate is the maximum sustainable.
 */
import { drain, openLoop } from '../load/open-loop.js';
import type { Tracker } from '../load/tracker.js';
import { harnessLoop, log } from '../util.js';
import { loadFigures, type LoadFigures } from './steady.js';

export interface RampStep extends LoadFigures {
  pass: boolean;
  reason?: string;
  clientBound: boolean;
}

export interface RampFigures {
  p99LimitMs: number;
  stepSeconds: number;
  steps: RampStep[];
  /** Highest rate that passed (msg/s); 0 if none did. */
  maxSustainable: number;
  /** What stopped the ramp. */
  limitedBy: string;
  /** The same in a few words, for the table. */
  limitedByShort: string;
}

const CLIENT_LAG_LIMIT_MS = 50;

async function step(tracker: Tracker, rate: number, stepMs: number, p99LimitMs: number): Promise<RampStep> {
  const loop = harnessLoop();
  const run = await openLoop(tracker, `ramp@${rate}`, rate, stepMs);
  const drained = await drain(run, 3000);
  const f = loadFigures(run, rate, stepMs / 1000, drained, loop.stop());
  const clientBound = f.sendLagP99 > CLIENT_LAG_LIMIT_MS;
  const reason = f.errors > 0 ? `${f.errors} error acks ${JSON.stringify(f.errorCodes)}`
    : f.timeouts > 0 ? `${f.timeouts} ack timeouts`
      : f.duplicates > 0 ? `${f.duplicates} duplicates`
        : f.misordered > 0 ? `${f.misordered} misordered`
          : !drained ? 'backlog not delivered within 3 s'
          : f.latency.p99 > p99LimitMs ? `p99 ${f.latency.p99} ms > ${p99LimitMs} ms` : undefined;
  if (!drained) await drain(run, 20_000); // let the backlog clear before anything else is measured
  log(`  ramp ${rate}/s: p50 ${f.latency.p50} p99 ${f.latency.p99} ms, harness lag p99 ${f.sendLagP99} ms, harness eld p99 ${f.harnessEld.p99} ms ${reason ? `FAIL (${reason})` : 'ok'}`);
  return { ...f, pass: reason === undefined, ...(reason ? { reason } : {}), clientBound };
}

export async function ramp(tracker: Tracker, rates: number[], stepMs: number, p99LimitMs = 250): Promise<RampFigures> {
  const steps: RampStep[] = [];
  let lastPass = 0;
  let failed: RampStep | undefined;
  for (const rate of rates) {
    const s = await step(tracker, rate, stepMs, p99LimitMs);
    steps.push(s);
    if (!s.pass) {
      failed = s;
      break;
    }
    lastPass = rate;
  }
  let max = lastPass;
  if (failed) {
    const mid = Math.round((lastPass + failed.rate) / 2 / 10) * 10;
    if (mid > lastPass && mid < failed.rate) {
      const s = await step(tracker, mid, stepMs, p99LimitMs);
      steps.push(s);
      if (s.pass) max = mid;
    }
  }
  const limitedBy = !failed ? `rate list exhausted (≥ ${max}/s)`
    : `${failed.rate}/s: ${failed.reason}${failed.clientBound ? `; the harness was late too (send lag p99 ${failed.sendLagP99} ms)` : ''}`;
  const limitedByShort = !failed ? `≥ ${max}/s (list end)`
    : `${failed.rate}/s: ${failed.reason?.startsWith('p99') ? 'p99' : failed.reason?.split(' ').slice(1, 3).join(' ')}${failed.clientBound ? ', harness late' : ''}`;
  return { p99LimitMs, stepSeconds: stepMs / 1000, steps, maxSustainable: max, limitedBy, limitedByShort };
}
