/**
 * A Node child (the service or the B1 relay) started with --expose-gc, its /proc figures and its bench hooks:
 * SIGUSR1 → prints {"benchHook":"eld",p50,p99,max} (ms) and resets; SIGUSR2 → global.gc() (optionally prints {"benchHook":"gc",heapUsed}).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { catchesSignal, cpuSeconds, rssBytes, SIGUSR1, SIGUSR2 } from './proc-stats.js';
import { sleep, withTimeout } from './util.js';

export interface HookLine { benchHook: string; [key: string]: unknown }
export interface Eld { p50: number; p99: number; max: number }
export interface Memory { rss: number; heapUsed?: number; gc: boolean }

const live = new Set<ChildProcess>();
let cleanupInstalled = false;

/** Kills every child still running; safe to call more than once, and synchronous (usable in 'exit'). */
export function killAllChildren(): void {
  for (const p of live) {
    try {
      p.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
  live.clear();
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', killAllChildren);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      process.stderr.write(`\n[bench] ${sig}: stopping children\n`);
      killAllChildren();
      process.exit(130);
    });
  }
}

/** The harness's environment minus what configures a server: each child gets exactly what we pass. */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['PORT', 'HOST', 'DATABASE_URL', 'REDIS_URL', 'DATA_DIR', 'LOG_LEVEL', 'NODE_OPTIONS']) delete env[k];
  return env;
}

export class BenchChild {
  readonly tail: string[] = [];
  private waiters: { kind: string; resolve: (l: HookLine) => void }[] = [];
  exited: { code: number | null; signal: string | null } | undefined;
  private stopping = false;
  /** Whether the child answers SIGUSR2 with a gc line; unknown until the first GC. */
  private gcLine: boolean | undefined;

  private constructor(readonly name: string, readonly proc: ChildProcess) {}

  static start(name: string, entry: string, env: Record<string, string>, cwd: string, nodeArgs: string[] = []): BenchChild {
    installCleanup();
    const proc = spawn(process.execPath, ['--expose-gc', ...nodeArgs, '--import', 'tsx', entry], {
      cwd,
      env: { ...inheritedEnv(), ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    live.add(proc);
    const child = new BenchChild(name, proc);
    createInterface({ input: proc.stdout! }).on('line', (l) => child.onLine(l));
    createInterface({ input: proc.stderr! }).on('line', (l) => child.keep(l));
    proc.on('exit', (code, signal) => {
      live.delete(proc);
      child.exited = { code, signal };
      if (!child.stopping) process.stderr.write(`[bench] ${name} exited unexpectedly (${code ?? signal})\n${child.tail.slice(-15).join('\n')}\n`);
    });
    return child;
  }

  get pid(): number {
    return this.proc.pid ?? -1;
  }

  private keep(line: string): void {
    this.tail.push(line.length > 400 ? `${line.slice(0, 400)}…` : line);
    if (this.tail.length > 60) this.tail.shift();
  }

  private onLine(line: string): void {
    if (line.includes('"benchHook"')) {
      try {
        const hook = JSON.parse(line) as HookLine;
        const i = this.waiters.findIndex((w) => w.kind === hook.benchHook);
        if (i >= 0) this.waiters.splice(i, 1)[0]?.resolve(hook);
        return;
      } catch {
        /* not ours after all */
      }
    }
    this.keep(line);
  }

  /** Next hook line of `kind`, or null after `ms`. */
  waitHook(kind: string, ms: number): Promise<HookLine | null> {
    let entry: { kind: string; resolve: (l: HookLine) => void } | undefined;
    const p = new Promise<HookLine>((resolve) => {
      entry = { kind, resolve };
      this.waiters.push(entry);
    });
    return withTimeout(p, ms, kind).catch(() => {
      this.waiters = this.waiters.filter((w) => w !== entry);
      return null;
    });
  }

  private alive(): boolean {
    return this.exited === undefined;
  }

  get hooks(): { eld: boolean; gc: boolean } {
    if (!this.alive()) return { eld: false, gc: false };
    return { eld: catchesSignal(this.pid, SIGUSR1), gc: catchesSignal(this.pid, SIGUSR2) };
  }

  /** Event-loop delay since the last call (the hook resets it), or null when the child has no hook. */
  async eld(): Promise<Eld | null> {
    if (!this.hooks.eld) return null;
    const line = this.waitHook('eld', 3000);
    this.proc.kill('SIGUSR1');
    const l = await line;
    return l ? { p50: Number(l.p50), p99: Number(l.p99), max: Number(l.max) } : null;
  }

  /** Forces a GC when the hook exists, then reads RSS (and heapUsed when the hook reports it). */
  async memory(): Promise<Memory> {
    let heapUsed: number | undefined;
    const gc = this.hooks.gc;
    if (gc) {
      const line = this.gcLine === false ? Promise.resolve(null) : this.waitHook('gc', 1500);
      this.proc.kill('SIGUSR2');
      const l = await line;
      this.gcLine = l !== null;
      if (l && typeof l.heapUsed === 'number') heapUsed = l.heapUsed;
      await sleep(300); // let the GC finish and the allocator hand pages back before reading RSS
    }
    return { rss: this.alive() ? rssBytes(this.pid) : 0, gc, ...(heapUsed !== undefined ? { heapUsed } : {}) };
  }

  cpuSeconds(): number {
    return this.alive() ? cpuSeconds(this.pid) : 0;
  }

  /** SIGTERM, then SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.alive()) return;
    this.stopping = true;
    const done = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
    this.proc.kill('SIGTERM');
    const clean = await withTimeout(done, graceMs, `${this.name} stop`).then(() => true, () => false);
    if (!clean) {
      this.proc.kill('SIGKILL');
      await withTimeout(done, 3000, `${this.name} kill`).catch(() => undefined);
    }
  }
}
