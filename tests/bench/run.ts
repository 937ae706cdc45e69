/**
 * `npm run bench [-- --quick] [-- --processes N]`: the service measured against a bare Socket.IO relay (B1) and the
 * database alone (B2) in the same run. Table on stdout, every figure in bench-results.json at the repo root.
 * Exit 1 only on a correctness failure (lost/duplicated/misordered message, double claim, row mismatch); 2 if the bench could not run.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchRiskScoring } from '../../server/src/risk/risk.bench.js';
import { killAllChildren } from './child-process.js';
import { FULL, QUICK } from './config.js';
import { runDbBaseline, type B2Result } from './db-baseline.js';
import { table, writeResults, type BenchResults } from './report.js';
import { pgliteSql, pgSql, recreatePgDatabase, tempDir } from './scratch-db.js';
import { REPO_ROOT } from './server-process.js';
import { relaySuite } from './suite-relay.js';
import { isLocal, serviceSuite, startServiceOn, type DbChoice } from './suite-service.js';
import { cpuSecondsOfCommand } from './proc-stats.js';
import { correctness, ratios, riskTarget, targets } from './targets.js';
import { log } from './util.js';
import { pageLoadSuite, pageLoadTargets } from './page-load.js';
import { reportsBench, reportsTable, reportsTargets } from './reports-bench.js';
import { atRestTable, compareAtRest, PLAINTEXT_ENV, type AtRestComparison } from './at-rest.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    /** Only the page-load figure (slow phone in headless Chromium), on a server of its own. */
    'page-load': { type: 'boolean', default: false },
    /** Only the reports' figures (issue 11): a synthetic history of --consultations rows, every report timed. */
    reports: { type: 'boolean', default: false },
    /** Also runs the message scenarios with text stored unencrypted (bench-only BENCH_PLAINTEXT_AT_REST), to report encryption's cost. */
    'at-rest': { type: 'boolean', default: false },
    consultations: { type: 'string', default: '100000' },
    processes: { type: 'string', default: '1' },
    out: { type: 'string', default: join(REPO_ROOT, 'bench-results.json') },
    /** Writes V8 CPU profiles of the service processes into this folder (for finding the slow part). */
    'cpu-prof': { type: 'string' },
    /** KEY=VALUE for the service's environment, repeatable (e.g. --server-env DB_POOL_SIZE=4 to compare pool sizes). */
    'server-env': { type: 'string', multiple: true, default: [] },
    /** A Node flag for the service processes, repeatable (e.g. --node-arg=--max-semi-space-size=32). */
    'node-arg': { type: 'string', multiple: true, default: [] },
  },
});
const serverEnv = Object.fromEntries(
  (args['server-env'] ?? []).map((kv) => {
    const at = kv.indexOf('=');
    if (at < 1) throw new Error(`--server-env expects KEY=VALUE, got "${kv}"`);
    return [kv.slice(0, at), kv.slice(at + 1)];
  }),
);
const profile = args.quick ? QUICK : FULL;
const processes = Math.max(1, Number(args.processes) || 1);
const baseUrl = process.env.DATABASE_URL;
const redisUrl = process.env.REDIS_URL;
const t0 = performance.now();
const results: BenchResults = {
  meta: {
    profile: profile.name, processes, database: baseUrl ? 'postgres' : 'pglite', startedAt: new Date().toISOString(),
    node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverageAtStart: loadavg()[0],
    notes: [
      `The harness (all client sockets, the open-loop scheduler, the histograms) runs on the same ${cpus().length} cores as the server under test; B1 carries the same handicap, which is why every figure stands beside it.`,
      'Latency counts from each message\'s scheduled send time (open loop) to its arrival at the other side of the chat, both clocks in one process.',
    ],
  },
  ratios: {},
  targets: [],
  correctness: { ok: true, checks: [] },
};

// + 60 s: the page-load figure starts a server of its own and drives Chromium on a throttled link.
const budgetMs = ((profile.name === 'quick' ? 120 : 420) * (processes > 1 ? 1.5 : 1) + 60) * 1000;
const watchdog = setTimeout(() => finish(new Error(`bench exceeded its ${budgetMs / 1000} s budget`)), budgetMs);

interface PreparedDb { db: DbChoice; cleanup(): void }

/** A fresh service database: the scratch PostgreSQL database (dropped and recreated) or a PGlite temp dir. */
async function prepareDb(): Promise<PreparedDb> {
  if (baseUrl) return { db: { kind: 'postgres', url: await recreatePgDatabase(baseUrl) }, cleanup: () => undefined };
  const dir = tempDir('hidamari-bench-');
  return { db: { kind: 'pglite', dataDir: dir.dir }, cleanup: () => dir.remove() };
}

/** B2 in schema bench_b2 of the service's PostgreSQL database, or in a PGlite of its own in this process. */
async function b2(db: DbChoice): Promise<B2Result> {
  const opts = { durationMs: profile.b2Ms, warmupMs: profile.b2WarmupMs, consultations: profile.visitors };
  if (db.url) {
    const sql = pgSql(db.url, 10);
    try {
      const cpu = isLocal(db.url) ? () => cpuSecondsOfCommand('postgres') : null;
      return await runDbBaseline(sql, { ...opts, database: 'postgres', concurrency: 10, cpu });
    } finally {
      await sql.close();
    }
  }
  const dir = tempDir('hidamari-b2-');
  const sql = await pgliteSql(dir.dir);
  try {
    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1e6;
    };
    return await runDbBaseline(sql, { ...opts, database: 'pglite', concurrency: 1, cpu });
  } finally {
    await sql.close();
    dir.remove();
  }
}

const nodeArgs = [...(args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}`] : []), ...(args['node-arg'] ?? [])];

function finish(error?: Error): never {
  clearTimeout(watchdog);
  killAllChildren();
  const r = results;
  r.meta.seconds = Math.round((performance.now() - t0) / 100) / 10;
  const load = Number(r.meta.loadAverageAtStart);
  if (load > cpus().length / 2) r.meta.notes.push(`Load average was ${load.toFixed(1)} on ${cpus().length} cores when the bench started: other processes competed for the CPU, so absolute figures (and B1 too) are noisy.`);
  if (r.service && r.b1 && r.b2) {
    r.ratios.service = ratios(r.service, r.b1, r.b2);
    r.targets.push(...targets(r.service, r.b1));
    if (r.serviceMulti) {
      r.ratios.serviceMulti = ratios(r.serviceMulti, r.b1, r.b2);
      r.ratios.serviceMulti.maxRateVsOneProcess = r.service.ramp.maxSustainable ? Math.round((r.serviceMulti.ramp.maxSustainable / r.service.ramp.maxSustainable) * 100) / 100 : null;
      r.targets.push(...targets(r.serviceMulti, r.b1, `${r.serviceMulti.target}: `));
    }
  }
  if (r.risk) r.targets.push(riskTarget(r.risk));
  if (r.pageLoad) r.targets.push(...pageLoadTargets(r.pageLoad));
  if (r.b1) r.correctness.checks.push(...correctness('B1', r.b1));
  if (r.service) r.correctness.checks.push(...correctness('service', r.service));
  if (r.serviceMulti) r.correctness.checks.push(...correctness(r.serviceMulti.target, r.serviceMulti));
  r.correctness.ok = r.correctness.checks.every((c) => c.ok);
  if (r.service && !r.service.hooks.eld) r.meta.notes.push('Server event-loop delay: n/a (no BENCH_HOOKS SIGUSR1 handler in the server).');
  if (r.service && r.service.memory.perSocketHeap === null) {
    r.meta.notes.push(`Service memory is RSS ${r.service.hooks.gc ? 'after a forced GC (SIGUSR2 hook)' : 'without a forced GC (no SIGUSR2 hook)'}; heap-after-GC is not reported by the server.`);
  }
  if (error) r.error = error.message;
  writeResults(args.out, r);
  process.stdout.write(`\nHidamari bench (${profile.name}, ${processes} process${processes > 1 ? 'es' : ''}, ${r.meta.database}) in ${r.meta.seconds} s\n\n`);
  process.stdout.write(`${table(r)}\n\nWrote ${args.out}\n`);
  if (error) {
    process.stderr.write(`\nBENCH ERROR: ${error.stack ?? error.message}\n`);
    process.exit(2);
  }
  process.exit(r.correctness.ok ? 0 : 1);
}

/** The slow-phone page load on a server of its own (its visitor and counselor stay out of the other scenarios' rows). */
async function pageLoad(): Promise<void> {
  try {
    results.pageLoad = await pageLoadSuite(profile.name === 'quick' ? 1 : 3);
  } catch (err) {
    // A missing build or browser is not a service failure: say so and keep the other figures.
    if (args['page-load']) throw err;
    results.meta.notes.push(`Page load not measured: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** --reports: every report timed over a synthetic history (tests/bench/reports-bench.ts). */
async function reports(): Promise<void> {
  const r = await reportsBench({ baseUrl, consultations: Number(args.consultations) || 100_000 });
  results.meta.reports = r;
  results.targets.push(...reportsTargets(r));
  process.stdout.write(`\n${reportsTable(r)}\n`);
}

async function main(): Promise<void> {
  if (args['page-load']) return pageLoad();
  if (args.reports) return reports();
  if (processes > 1 && (!baseUrl || !redisUrl)) {
    throw new Error('--processes > 1 needs DATABASE_URL (PostgreSQL: PGlite is single-process) and REDIS_URL (the Socket.IO adapter)');
  }
  if (Object.keys(serverEnv).length > 0) results.meta.notes.push(`Service environment set with --server-env: ${JSON.stringify(serverEnv)}.`);
  log(`profile ${profile.name}; database ${baseUrl ? 'postgres (scratch database hidamari_bench)' : 'PGlite (temp dir)'}; processes ${processes}`);
  // Before any server starts, so the matcher's figure is its own cost, not the CPU it shares.
  results.risk = benchRiskScoring({ runs: profile.riskRuns });
  log(`risk matcher: ${results.risk.chars} chars × ${results.risk.phrases} phrases: p50 ${results.risk.p50Ms.toFixed(3)} ms, p99 ${results.risk.p99Ms.toFixed(3)} ms`);
  const one = await prepareDb();
  // --quick checks correctness, not speed: boot the service while the baselines run, to stay well under a minute.
  const early = profile.name === 'quick' ? startServiceOn(one.db, 1, { nodeArgs, env: serverEnv }) : undefined;
  early?.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
  results.b2 = await b2(one.db);
  log(`B2: ${results.b2.rate} inserts/s (${results.b2.database}, ${results.b2.concurrency} conn), p99 ${results.b2.latency.p99} ms`);
  results.b1 = await relaySuite(profile);
  try {
    results.service = await serviceSuite(profile, await (early ?? startServiceOn(one.db, 1, { nodeArgs, env: serverEnv })), one.db);
  } finally {
    one.cleanup();
  }
  if (processes > 1) {
    results.meta.notes.push(`${processes} service processes share PostgreSQL and Redis (REDIS_URL); clients are split across them round-robin.`);
    const many = await prepareDb();
    try {
      results.serviceMulti = await serviceSuite(profile, await startServiceOn(many.db, processes, { nodeArgs, redisUrl, env: serverEnv }), many.db);
    } finally {
      many.cleanup();
    }
  }
  if (args['at-rest'] && results.service) {
    const plain = await prepareDb();
    try {
      const plaintext = await serviceSuite(profile, await startServiceOn(plain.db, 1, { nodeArgs, env: { ...serverEnv, ...PLAINTEXT_ENV } }), plain.db);
      results.meta.atRest = compareAtRest(results.service, plaintext);
      process.stdout.write(`\n${atRestTable(results.meta.atRest as AtRestComparison)}\n`);
    } finally {
      plain.cleanup();
    }
  }
  await pageLoad();
  if (profile.name === 'quick') results.meta.notes.push('--quick: small counts and the service booting during the baselines; the figures are a smoke test, the correctness checks are the point.');
}

process.on('uncaughtException', (err) => finish(err));
main().then(() => finish(), (err: Error) => finish(err));
