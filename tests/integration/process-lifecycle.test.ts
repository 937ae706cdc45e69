import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = join(import.meta.dirname, '../../server/src/main.ts');

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => out };
}

async function waitFor(pred: () => boolean, ms: number, p: ReturnType<typeof run>): Promise<void> {
  const end = Date.now() + ms;
  let exited: number | null | undefined;
  void p.exited.then((code) => (exited = code));
  while (!pred()) {
    if (exited !== undefined) throw new Error(`the server exited (${exited}) first:\n${p.output()}`);
    if (Date.now() > end) throw new Error(`timed out; the server said:\n${p.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the server process', () => {
  it('should exit non-zero naming the bad variable when the environment is invalid', async () => {
    const p = run({ PORT: 'not-a-port', SERVICE_TIMEZONE: 'Asia/Tokyo' });
    expect(await p.exited).toBe(1);
    expect(p.output()).toMatch(/PORT/);
  });

  it('should log a one-time set-up link and stop cleanly on SIGTERM when no admin exists', async () => {
    // Port 0: the system picks a free one (a fixed or random one can be taken by another test's socket); the log names it.
    const p = run({ PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'hidamari-proc-')) });
    await waitFor(() => /listening on http:\/\/localhost:\d+/.test(p.output()), 90_000, p);
    const port = /listening on http:\/\/localhost:(\d+)/.exec(p.output())![1];
    expect(p.output()).toMatch(/\/staff\/setup\?token=[\w-]{20,}/);
    const health = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(health.status).toBe(200);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.output()).toMatch(/shutting down/);
  }, 120_000);
});
