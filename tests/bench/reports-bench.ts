/**
 * `npm run bench -- --reports [--consultations N]`: seeds a synthetic history (100,000 consultations by default) into a
 * scratch database (PostgreSQL `hidamari_bench_reports` next to DATABASE_URL, else PGlite in a temp dir), starts the
 * service on it and times every report over HTTP, for the whole year and for the last 30 days. Target: each under 1 s.
 */
import { REPORT_NAMES } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { startHidamari } from '../../server/src/app.js';
import { parseEnv } from '../../server/src/config/env.js';
import { seedSynthetic } from '../../server/src/demo/synthetic.seed.js';
import { recreatePgDatabase, tempDir } from './scratch-db.js';
import type { TargetCheck } from './targets.js';
import { log } from './util.js';

const ADMIN = { loginId: 'bench-admin', password: 'bench-admin-password' };
const RUNS = 5;
const LIMIT_MS = 1000;

export interface ReportsBenchResult {
  database: 'postgres' | 'pglite';
  consultations: number;
  seedSeconds: number;
  /** Per report and range: the median and the slowest of RUNS answers, in ms. */
  timings: { report: string; range: string; p50Ms: number; maxMs: number }[];
}

export async function reportsBench(opts: { baseUrl?: string; consultations: number }): Promise<ReportsBenchResult> {
  const dir = opts.baseUrl ? undefined : tempDir('hidamari-reports-');
  const databaseUrl = opts.baseUrl ? await recreatePgDatabase(opts.baseUrl, 'hidamari_bench_reports') : undefined;
  const env = parseEnv({
    PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ADMIN_LOGIN: ADMIN.loginId, ADMIN_PASSWORD: ADMIN.password,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl, MESSAGE_KEY: Buffer.alloc(32, 7).toString('base64') } : { DATA_DIR: dir!.dir }),
  });
  const service = await startHidamari(env);
  try {
    const end = new Date();
    const t0 = performance.now();
    log(`reports: seeding ${opts.consultations} consultations (${service.database.kind})`);
    await seedSynthetic(service.database.db, { consultations: opts.consultations, days: 365, seed: 1, timeZone: env.SERVICE_TIMEZONE, end });
    const seedSeconds = Math.round((performance.now() - t0) / 100) / 10;
    log(`reports: seeded in ${seedSeconds} s`);
    if (databaseUrl) await service.database.db.execute(sql`ANALYZE`);
    const base = `http://127.0.0.1:${service.port}`;
    const cookie = await login(base);
    const ranges = {
      year: { from: new Date(end.getTime() - 365 * 86_400_000), to: end },
      '30 days': { from: new Date(end.getTime() - 30 * 86_400_000), to: end },
    };
    const timings: ReportsBenchResult['timings'] = [];
    for (const [range, r] of Object.entries(ranges)) {
      const q = `from=${r.from.toISOString()}&to=${r.to.toISOString()}`;
      for (const name of REPORT_NAMES) {
        const ms: number[] = [];
        for (let i = 0; i < RUNS + 1; i++) {
          const s = performance.now();
          const res = await fetch(`${base}/api/reports/${name}?${q}`, { headers: { cookie } });
          if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status} ${await res.text()}`);
          await res.arrayBuffer();
          if (i > 0) ms.push(performance.now() - s); // the first is a warm-up
        }
        ms.sort((a, b) => a - b);
        timings.push({ report: name, range, p50Ms: round(ms[Math.floor(ms.length / 2)]!), maxMs: round(ms[ms.length - 1]!) });
      }
    }
    return { database: service.database.kind, consultations: opts.consultations, seedSeconds, timings };
  } finally {
    await service.close();
    dir?.remove();
  }
}

export function reportsTargets(r: ReportsBenchResult): TargetCheck[] {
  return r.timings.map((t) => ({
    name: `report ${t.report} (${t.range}, ${r.consultations.toLocaleString('en')} consultations, ${r.database})`,
    value: `${t.maxMs} ms slowest of ${RUNS}`,
    limit: `< ${LIMIT_MS} ms`,
    met: t.maxMs < LIMIT_MS,
  }));
}

export function reportsTable(r: ReportsBenchResult): string {
  const lines = [`Reports over ${r.consultations.toLocaleString('en')} synthetic consultations (${r.database}; seeded in ${r.seedSeconds} s)`, ''];
  lines.push(`  ${'report'.padEnd(14)}${'range'.padEnd(10)}${'p50 ms'.padStart(9)}${'max ms'.padStart(9)}`);
  for (const t of r.timings) lines.push(`  ${t.report.padEnd(14)}${t.range.padEnd(10)}${String(t.p50Ms).padStart(9)}${String(t.maxMs).padStart(9)}`);
  return lines.join('\n');
}

async function login(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify(ADMIN),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`bench admin login failed: ${res.status}`);
  return cookie;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
