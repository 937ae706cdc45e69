/**
 * Two real server processes behind a real nginx running the repository's own config
 * (deploy/nginx/hidamari.conf.template, filled in as the official nginx image's envsubst does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ADMIN_ENV } from './clients.js';

export const NGINX = '/usr/sbin/nginx';
const REPO = resolve(import.meta.dirname, '../..');
export const TEMPLATE = join(REPO, 'deploy/nginx/hidamari.conf.template');

/** A child process whose output is kept, so a test can wait for a line instead of for a duration. */
export class Child {
  private out = '';
  readonly exited: Promise<number | null>;
  private done = false;

  constructor(readonly name: string, readonly proc: ChildProcess) {
    for (const stream of [proc.stdout, proc.stderr]) stream?.on('data', (d: Buffer) => (this.out += d.toString()));
    // 'close', not 'exit': by then all of its output has been read.
    this.exited = new Promise((r) => proc.once('close', (code) => r(code)));
    proc.once('close', () => (this.done = true));
  }

  output(): string {
    return this.out;
  }

  /** Resolves with the first match of `re` in the output; rejects if the process ends or `ms` pass first. */
  waitFor(re: RegExp, ms = 90_000): Promise<RegExpExecArray> {
    return new Promise((resolve, reject) => {
      const streams = [this.proc.stdout, this.proc.stderr];
      const stopWaiting = () => {
        clearTimeout(timer);
        for (const s of streams) s?.off('data', check);
        this.proc.off('close', check);
      };
      const fail = (why: string) => {
        stopWaiting();
        reject(new Error(`${this.name} ${why} ${re}:\n${this.out.slice(-3000)}`));
      };
      const check = () => {
        const m = re.exec(this.out);
        if (m) {
          stopWaiting();
          resolve(m);
        } else if (this.done) fail('ended before printing');
      };
      const timer = setTimeout(() => fail(`did not within ${ms} ms print`), ms);
      for (const s of streams) s?.on('data', check);
      this.proc.on('close', check);
      check();
    });
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (!this.done) this.proc.kill(signal);
    await this.exited;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** envsubst restricted to the given names, as the nginx image runs it; a placeholder left unfilled is an error. */
export function renderTemplate(template: string, vars: Record<string, string>): string {
  const out = template.replace(/\$\{([A-Z0-9_]+)\}/g, (whole, name: string) => vars[name] ?? whole);
  const missing = /\$\{HIDAMARI_[A-Z0-9_]+\}/.exec(out);
  if (missing) throw new Error(`the nginx template needs ${missing[0]}`);
  return out;
}

/** One app process (`tsx server/src/main.ts`) on a port the system picks; resolves once it listens. */
export async function startAppProcess(env: Record<string, string>): Promise<{ child: Child; port: number }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'server/src/main.ts')], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      // Info level: the request log (method and path only) shows which process served a probe.
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      TRUST_PROXY: '1',
      RATE_LIMIT_LOGIN: '10000',
      RATE_LIMIT_START: '10000',
      RATE_LIMIT_MESSAGES: '10000',
      MAX_CONNECTIONS_PER_CLIENT: '10000',
      ...ADMIN_ENV,
      // The same key on both processes (required with DATABASE_URL).
      MESSAGE_KEY: Buffer.alloc(32, 7).toString('base64'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const child = new Child('app', proc);
  const m = await child.waitFor(/listening on http:\/\/localhost:(\d+)/, 120_000);
  return { child, port: Number(m[1]) };
}

/** Missing nginx is a failure, not a skip: CI installs it. */
export function assertNginx(): void {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: install it (apt-get install -y nginx; .ci/run does this)`);
}

/** nginx in its own prefix directory: the main config is the official image's shape (http { include conf.d/*.conf }). */
export async function startNginx(upstreams: [string, string]): Promise<{ child: Child; url: string; stop(): Promise<void> }> {
  assertNginx();
  const dir = mkdtempSync(join(tmpdir(), 'hidamari-nginx-'));
  mkdirSync(join(dir, 'conf.d'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(dir, t)};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      // Workers run as the user starting the test (root in CI), so they can write the temp paths in this directory.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      'events { worker_connections 1024; }',
      `http { ${temp} include ${join(dir, 'conf.d')}/*.conf; }`,
    ].join('\n'),
  );
  for (let attempt = 1; ; attempt++) {
    // Port from the system; another process may take it before nginx binds it, so a failed bind is retried.
    const port = await freePort();
    const vars = { HIDAMARI_LISTEN: `127.0.0.1:${port}`, HIDAMARI_APP_1: upstreams[0], HIDAMARI_APP_2: upstreams[1] };
    writeFileSync(join(dir, 'conf.d', 'hidamari.conf'), renderTemplate(readFileSync(TEMPLATE, 'utf8'), vars));
    const directives = `daemon off; master_process on; pid ${join(dir, 'nginx.pid')}; error_log stderr notice;`;
    const proc = spawn(NGINX, ['-p', dir, '-e', 'stderr', '-c', join(dir, 'nginx.conf'), '-g', directives], { stdio: ['ignore', 'pipe', 'pipe'] });
    const child = new Child('nginx', proc);
    try {
      await child.waitFor(/start worker process/, 20_000);
    } catch (err) {
      await child.stop();
      if (attempt < 3 && /Address already in use/.test(child.output())) continue;
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    return {
      child,
      url: `http://127.0.0.1:${port}`,
      async stop() {
        await child.stop('SIGTERM');
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}

/** An agent whose connections leave from `from` (a loopback address): to the proxy, a distinct client. */
export function agentFrom(from: string): Agent {
  return new Agent({ localAddress: from });
}

/** GET through the proxy from `from`; resolves with the status once the answer is in. */
export function getFrom(url: string, path: string, from: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url + path, { localAddress: from }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}
