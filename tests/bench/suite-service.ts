/** The service's run: set-up, connect, steady, escalations and hand-offs under load, ramp, correctness replay, claim storm, leak check, row count. */
import type { Memory } from './child-process.js';
import { createCounselors, login } from './clients/service-http.js';
import { SERVICE_ENV, type Profile } from './config.js';
import { Tracker } from './load/tracker.js';
import { createCareStaff } from './scenarios/care-staff.js';
import { closeAll, claimStorm, type StormFigures } from './scenarios/claim-storm.js';
import { escalateAndHandOff, type CareFigures } from './scenarios/escalate-handoff.js';
import { disconnectAll, populateService, type ConnectFigures } from './scenarios/connect.js';
import { pipelined, type PipelinedFigures } from './scenarios/pipelined.js';
import { ramp, type RampFigures } from './scenarios/ramp.js';
import { steady, type SteadyFigures } from './scenarios/steady.js';
import { rowCheck, syncCheck, type RowFigures, type SyncFigures } from './scenarios/verify.js';
import { findPgliteDir, pgliteSql, pgSql, storedMessageRows } from './scratch-db.js';
import { cpuSecondsOfCommand } from './proc-stats.js';
import { startService, type Target } from './server-process.js';
import { log, pool, round, sleep, waitUntil } from './util.js';

export interface DbChoice { kind: 'postgres' | 'pglite'; url?: string; dataDir?: string }

export interface LoadTotals {
  sent: number;
  ackedOk: number;
  lost: number;
  failedSends: number;
  retried: number;
  duplicates: number;
  misrouted: number;
  /** Deliveries that came after a later message of the same sender. */
  misordered: number;
  idempotencyProbed: number;
  idempotencyMismatched: number;
}

export interface MemoryFigures {
  start: Memory;
  connected: Memory;
  afterLoad: Memory;
  end: Memory;
  perSocketRss: number;
  perSocketHeap: number | null;
  /** Share of the growth (connected or after load, whichever is larger) still held after everyone left. */
  retainedFraction: number;
  retainedBasis: 'heapUsed' | 'rss';
  /** False when the basis did not grow with the load (RSS noise): then retainedFraction means nothing. */
  grew: boolean;
}

export interface ServiceResult {
  target: string;
  processes: number;
  database: string;
  hooks: { eld: boolean; gc: boolean };
  setupSeconds: number;
  connect: ConnectFigures;
  memory: MemoryFigures;
  steady: SteadyFigures;
  /** Escalations and warm hand-offs while messages flow (issue 8). */
  care: CareFigures;
  pipelined: PipelinedFigures;
  ramp: RampFigures;
  totals: LoadTotals;
  sync: SyncFigures;
  closesPerSecond: number;
  storm: StormFigures;
  rows: RowFigures | { error: string };
}

export function memoryFigures(start: Memory, connected: Memory, afterLoad: Memory, end: Memory, sockets: number): MemoryFigures {
  const heap = start.heapUsed !== undefined && connected.heapUsed !== undefined && end.heapUsed !== undefined && afterLoad.heapUsed !== undefined;
  const pick = (m: Memory) => (heap ? (m.heapUsed as number) : m.rss);
  const growth = Math.max(pick(connected), pick(afterLoad)) - pick(start);
  return {
    start, connected, afterLoad, end,
    perSocketRss: Math.round((connected.rss - start.rss) / sockets),
    perSocketHeap: heap ? Math.round(((connected.heapUsed as number) - (start.heapUsed as number)) / sockets) : null,
    retainedFraction: growth > 0 ? round((pick(end) - pick(start)) / growth, 3) : 0,
    retainedBasis: heap ? 'heapUsed' : 'rss',
    grew: growth > 1024 * 1024,
  };
}

export function loadTotals(tracker: Tracker, retried: number, probe: { probed: number; mismatched: number }): LoadTotals {
  const t = tracker.totals();
  const runs = tracker.runs();
  return {
    sent: t.sent, ackedOk: t.ackedOk, lost: t.lost, failedSends: t.failedSends, retried,
    duplicates: runs.reduce((s, r) => s + r.duplicates, 0),
    misrouted: runs.reduce((s, r) => s + r.misrouted, 0),
    misordered: runs.reduce((s, r) => s + r.misordered, 0),
    idempotencyProbed: probe.probed, idempotencyMismatched: probe.mismatched,
  };
}

/** Starts the service's processes on `db` (Redis only for several processes). */
export function startServiceOn(
  db: DbChoice, processes: number, opts: { redisUrl?: string; nodeArgs?: string[]; env?: Record<string, string> } = {},
): Promise<Target> {
  return startService({
    processes, databaseUrl: db.url, dataDir: db.dataDir, redisUrl: opts.redisUrl, env: { ...SERVICE_ENV, ...opts.env }, nodeArgs: opts.nodeArgs,
  });
}

/** Runs every scenario against an already started service, then stops it and counts the stored rows. */
export async function serviceSuite(p: Profile, target: Target, db: DbChoice): Promise<ServiceResult> {
  const processes = target.children.length;
  if (db.kind === 'postgres' && isLocal(db.url)) target.dbCpuSeconds = () => cpuSecondsOfCommand('postgres');
  const tracker = new Tracker();
  let result: Omit<ServiceResult, 'rows'>;
  try {
    const t0 = performance.now();
    const url = target.urls[0] as string;
    const creds = await createCounselors(url, p.counselors, p.maxConcurrent);
    const cookies = await pool(creds, 4, (c, j) => login(target.urls[j % target.urls.length] as string, c));
    const careStaff = await createCareStaff(target.urls, p.care, p.maxConcurrent);
    const setupSeconds = round((performance.now() - t0) / 1000);
    log(`${target.name}: ${p.counselors} counselors created and logged in (${setupSeconds} s); hooks ${JSON.stringify(target.hookStatus())}`);
    const start = await target.memory();
    const pop = await populateService(target, tracker, cookies, p.visitors);
    tracker.setPairs(pop.pairs);
    const connected = await target.memory();
    log(`${target.name}: connected ${p.visitors} visitors + ${p.counselors} counselors: ${JSON.stringify(pop.figures)}`);
    await sleep(p.settleMs);
    const st = await steady(target, tracker, p.steadyRate, p.steadyMs);
    log(`${target.name}: steady ${p.steadyRate}/s: ${JSON.stringify(st.latency)} eld ${JSON.stringify(st.eld)}`);
    const care = await escalateAndHandOff(target, tracker, pop, careStaff, p.care);
    log(`${target.name}: escalate → raised ${JSON.stringify(care.escalations.toEach)}; respond → completed ${JSON.stringify(care.handoffs.latency)}; lost ${care.escalations.lost}/${care.handoffs.lost}`);
    const probe = await tracker.probeIdempotency(p.idempotencyProbes);
    const pipe = await pipelined(tracker, p.visitors, p.pipelineBurst, p.pipelineRate);
    log(`${target.name}: pipelined ${p.pipelineBurst} per sender at ${p.pipelineRate}/s: ${JSON.stringify(pipe.latency)} misordered ${pipe.misordered}`);
    const rp = await ramp(tracker, p.rampRates, p.rampStepMs, p.p99LimitMs);
    log(`${target.name}: ramp max sustainable ${rp.maxSustainable}/s (${rp.limitedBy})`);
    const retried = await tracker.retryFailed();
    await waitUntil(() => tracker.undelivered() === 0, 15_000, 100);
    await sleep(500); // late duplicates would arrive now
    const afterLoad = await target.memory();
    const sync = await syncCheck(pop, tracker);
    log(`${target.name}: replay ${JSON.stringify(sync)}`);
    const closesPerSecond = await closeAll(pop);
    const storm = await claimStorm(target, pop.counselors, p.stormConsultations);
    log(`${target.name}: claim storm ${JSON.stringify(storm.figures)}`);
    disconnectAll(pop, storm.visitors);
    await sleep(2000);
    const end = await target.memory();
    result = {
      target: target.name, processes, database: db.kind, hooks: target.hookStatus(), setupSeconds,
      connect: pop.figures,
      memory: memoryFigures(start, connected, afterLoad, end, p.visitors + p.counselors),
      steady: st, care, pipelined: pipe, ramp: rp,
      totals: loadTotals(tracker, retried, probe),
      sync, closesPerSecond, storm: storm.figures,
    };
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${target.diagnostics()}`);
  } finally {
    await target.stop();
  }
  return { ...result, rows: await countRows(db, tracker) };
}

async function countRows(db: DbChoice, tracker: Tracker): Promise<RowFigures | { error: string }> {
  try {
    const dir = db.dataDir ? findPgliteDir(db.dataDir) : undefined;
    if (!db.url && !dir) return { error: `no PGlite data directory under ${db.dataDir}` };
    const sql = db.url ? pgSql(db.url, 1) : await pgliteSql(dir as string);
    try {
      return rowCheck(await storedMessageRows(sql, tracker.prefix), tracker);
    } finally {
      await sql.close();
    }
  } catch (err) {
    return { error: (err as Error).message };
  }
}

export function isLocal(url: string | undefined): boolean {
  if (!url) return false;
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '';
}
