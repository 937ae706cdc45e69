/** Starts the service (one or several `tsx server/src/main.ts` processes) or the B1 relay as measured children. */
import { resolve } from 'node:path';
import { BenchChild, type Eld, type Memory } from './child-process.js';
import { freePort, log, sleep } from './util.js';

const BENCH_MESSAGE_KEY = Buffer.alloc(32, 11).toString('base64');

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const ADMIN = { loginId: 'benchadmin', password: 'bench-admin-password-1' };

/** One or more processes behind the same logical service; figures are summed (memory, CPU) or maxed (ELD). */
export class Target {
  /** CPU seconds of the database when it is a local PostgreSQL (its work is not in the children's CPU). */
  dbCpuSeconds: (() => number) | undefined;

  constructor(readonly name: string, readonly urls: string[], readonly children: BenchChild[]) {}

  get alive(): boolean {
    return this.children.every((c) => c.exited === undefined);
  }

  hookStatus(): { eld: boolean; gc: boolean } {
    const hooks = this.children.map((c) => c.hooks);
    return { eld: hooks.every((h) => h.eld), gc: hooks.every((h) => h.gc) };
  }

  async memory(): Promise<Memory> {
    const all = await Promise.all(this.children.map((c) => c.memory()));
    const heaps = all.map((m) => m.heapUsed);
    return {
      rss: all.reduce((s, m) => s + m.rss, 0),
      gc: all.every((m) => m.gc),
      ...(heaps.every((h) => h !== undefined) ? { heapUsed: heaps.reduce((s: number, h) => s + (h ?? 0), 0) } : {}),
    };
  }

  /** Worst process's event-loop delay since the previous call; null when any process lacks the hook. */
  async eld(): Promise<Eld | null> {
    const all = await Promise.all(this.children.map((c) => c.eld()));
    if (all.some((e) => e === null)) return null;
    const e = all as Eld[];
    return { p50: Math.max(...e.map((x) => x.p50)), p99: Math.max(...e.map((x) => x.p99)), max: Math.max(...e.map((x) => x.max)) };
  }

  cpuSeconds(): number {
    return this.children.reduce((s, c) => s + c.cpuSeconds(), 0);
  }

  async stop(): Promise<void> {
    await Promise.all(this.children.map((c) => c.stop()));
  }

  diagnostics(): string {
    return this.children.map((c) => `--- ${c.name} (last output)\n${c.tail.slice(-20).join('\n')}`).join('\n');
  }
}

async function waitReady(child: BenchChild, url: string, path: string, ms: number): Promise<void> {
  const deadline = performance.now() + ms;
  while (performance.now() < deadline) {
    if (child.exited) throw new Error(`${child.name} exited during start-up (${child.exited.code ?? child.exited.signal})\n${child.tail.slice(-25).join('\n')}`);
    try {
      const res = await fetch(url + path, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  throw new Error(`${child.name} not ready at ${url}${path} after ${ms} ms\n${child.tail.slice(-25).join('\n')}`);
}

export interface ServiceOptions {
  processes: number;
  databaseUrl?: string;
  dataDir?: string;
  redisUrl?: string;
  /** Extra environment, e.g. rate-limit overrides. */
  env?: Record<string, string>;
  /** Extra node flags (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

/** Processes start one after another so only the first applies migrations. */
export async function startService(opts: ServiceOptions): Promise<Target> {
  const children: BenchChild[] = [];
  const urls: string[] = [];
  for (let i = 0; i < opts.processes; i++) {
    const port = await freePort();
    const env: Record<string, string> = {
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ADMIN_LOGIN: ADMIN.loginId,
      ADMIN_PASSWORD: ADMIN.password,
      BENCH_HOOKS: '1',
      // One key for every process (PostgreSQL refuses to start without one; embedded mode would generate its own).
      MESSAGE_KEY: BENCH_MESSAGE_KEY,
      ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : { DATA_DIR: opts.dataDir ?? './data' }),
      ...(opts.redisUrl ? { REDIS_URL: opts.redisUrl } : {}),
      ...opts.env,
    };
    const child = BenchChild.start(`service#${i + 1}`, 'server/src/main.ts', env, REPO_ROOT, opts.nodeArgs);
    children.push(child);
    const url = `http://127.0.0.1:${port}`;
    urls.push(url);
    const t0 = performance.now();
    await waitReady(child, url, '/readyz', 90_000);
    log(`service process ${i + 1} ready on ${url} in ${Math.round(performance.now() - t0)} ms (pid ${child.pid})`);
  }
  return new Target(opts.processes > 1 ? `service×${opts.processes}` : 'service', urls, children);
}

export async function startRelay(): Promise<Target> {
  const port = await freePort();
  const child = BenchChild.start('relay(B1)', 'tests/bench/relay-baseline.ts', { PORT: String(port) }, REPO_ROOT);
  const url = `http://127.0.0.1:${port}`;
  await waitReady(child, url, '/', 30_000);
  return new Target('B1', [url], [child]);
}
