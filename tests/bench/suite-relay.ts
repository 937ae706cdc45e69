/** B1's run: the same population and the same open-loop load against the bare Socket.IO relay. */
import type { Profile } from './config.js';
import { Tracker } from './load/tracker.js';
import { disconnectAll, populateRelay, type ConnectFigures } from './scenarios/connect.js';
import { pipelined, type PipelinedFigures } from './scenarios/pipelined.js';
import { ramp, type RampFigures } from './scenarios/ramp.js';
import { steady, type SteadyFigures } from './scenarios/steady.js';
import { startRelay } from './server-process.js';
import { loadTotals, memoryFigures, type LoadTotals, type MemoryFigures } from './suite-service.js';
import { log, sleep, waitUntil } from './util.js';

export interface RelayResult {
  target: 'B1';
  connect: ConnectFigures;
  memory: MemoryFigures;
  steady: SteadyFigures;
  pipelined: PipelinedFigures;
  ramp: RampFigures;
  totals: LoadTotals;
}

export async function relaySuite(p: Profile): Promise<RelayResult> {
  const target = await startRelay();
  const tracker = new Tracker();
  try {
    const start = await target.memory();
    const pop = await populateRelay(target, tracker, p.counselors, p.visitors);
    tracker.setPairs(pop.pairs);
    const connected = await target.memory();
    log(`B1: connected: ${JSON.stringify(pop.figures)}`);
    await sleep(p.settleMs);
    const st = await steady(target, tracker, p.steadyRate, p.steadyMs);
    log(`B1: steady ${p.steadyRate}/s: ${JSON.stringify(st.latency)} eld ${JSON.stringify(st.eld)}`);
    const pipe = await pipelined(tracker, p.visitors, p.pipelineBurst, p.pipelineRate);
    log(`B1: pipelined ${p.pipelineBurst} per sender at ${p.pipelineRate}/s: ${JSON.stringify(pipe.latency)} misordered ${pipe.misordered}`);
    const rp = await ramp(tracker, p.rampRates, p.rampStepMs, p.p99LimitMs);
    log(`B1: ramp max sustainable ${rp.maxSustainable}/s (${rp.limitedBy})`);
    const retried = await tracker.retryFailed();
    await waitUntil(() => tracker.undelivered() === 0, 15_000, 100);
    const afterLoad = await target.memory();
    disconnectAll(pop);
    await sleep(1500);
    const end = await target.memory();
    return {
      target: 'B1',
      connect: pop.figures,
      memory: memoryFigures(start, connected, afterLoad, end, p.visitors + p.counselors),
      steady: st,
      pipelined: pipe,
      ramp: rp,
      totals: loadTotals(tracker, retried, { probed: 0, mismatched: 0 }),
    };
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${target.diagnostics()}`);
  } finally {
    await target.stop();
  }
}
