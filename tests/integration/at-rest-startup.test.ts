import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = join(import.meta.dirname, '../../server/src/main.ts');

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => out };
}

async function listening(p: ReturnType<typeof run>, ms = 90_000): Promise<void> {
  const end = Date.now() + ms;
  let exited: number | null | undefined;
  void p.exited.then((code) => (exited = code));
  while (!/listening on http:\/\/localhost:\d+/.test(p.output())) {
    if (exited !== undefined) throw new Error(`the server exited (${exited}) first:\n${p.output()}`);
    if (Date.now() > end) throw new Error(`timed out; the server said:\n${p.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the message key at start-up (real processes)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('should refuse to start, naming MESSAGE_KEY, when DATABASE_URL is set without it', async () => {
    // Refused before any connection is tried: the address needs no server behind it.
    const p = run({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(await p.exited).toBe(1);
    expect(p.output()).toMatch(/MESSAGE_KEY is required when DATABASE_URL is set/);
  });

  it('should refuse to start, naming MESSAGE_KEY, when the key is not 32 bytes of base64', async () => {
    const p = run({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', MESSAGE_KEY: Buffer.alloc(16).toString('base64') });
    expect(await p.exited).toBe(1);
    expect(p.output()).toMatch(/MESSAGE_KEY must be 32 random bytes/);
  });

  it('should generate a key into DATA_DIR with mode 0600 and say so without the key when embedded mode has none, and reuse it next time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hidamari-key-'));
    dirs.push(dir);
    const first = run({ DATA_DIR: dir });
    await listening(first);
    const file = join(dir, 'message.key');
    const key = readFileSync(file, 'utf8').trim();
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.output()).toMatch(/generated a message key into .*message\.key/);
    expect(first.output()).not.toContain(key);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = run({ DATA_DIR: dir });
    await listening(second);
    expect(second.output()).not.toMatch(/generated a message key/);
    expect(readFileSync(file, 'utf8').trim()).toBe(key);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 200_000);
});
