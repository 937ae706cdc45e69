import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startHidamari } from './app.js';
import { EnvError, parseEnv } from './config/env.js';

let env;
try {
  env = parseEnv(process.env);
} catch (err) {
  if (err instanceof EnvError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

const hidamari = await startHidamari(env);
hidamari.log.info({ port: hidamari.port, database: hidamari.database.kind, redis: Boolean(env.REDIS_URL) }, `Hidamari is listening on http://localhost:${hidamari.port}`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1); // a second signal forces the exit
    stopping = true;
    hidamari.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    hidamari.close().then(
      () => process.exit(0),
      (err) => {
        hidamari.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

if (env.BENCH_HOOKS) {
  // Benchmark-only: SIGUSR1 prints and resets event-loop delay (ms); SIGUSR2 forces a GC (needs --expose-gc).
  const eld = monitorEventLoopDelay({ resolution: 10 });
  eld.enable();
  process.on('SIGUSR1', () => {
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    process.stdout.write(`${JSON.stringify({ benchHook: 'eld', p50: ms(eld.percentile(50)), p99: ms(eld.percentile(99)), max: ms(eld.max) })}\n`);
    eld.reset();
  });
  process.on('SIGUSR2', () => {
    (globalThis as { gc?: () => void }).gc?.();
    process.stdout.write(`${JSON.stringify({ benchHook: 'gc', heapUsed: process.memoryUsage().heapUsed })}\n`);
  });
}
