/**
 * Starts the real server in-process on a random port, on a fresh database:
 * PGlite in memory by default, or a new database on the PostgreSQL at TEST_DATABASE_URL.
 */
import { randomBytes } from 'node:crypto';
import { startHidamari, type Hidamari } from '@hidamari/server';
import { parseEnv } from '../../server/src/config/env.js';
import pg from 'pg';
import type { Logger } from 'pino';

export interface TestServer {
  url: string;
  port: number;
  hidamari: Hidamari;
  databaseUrl?: string;
  close(): Promise<void>;
}

export async function freshDatabase(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `hidamari_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      // pool.end() resolves before its connections are gone; killing them (FORCE) makes pg emit an unhandled error, so wait first.
      for (let i = 0; i < 50; i++) {
        const { rows } = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (rows[0]?.n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Reuse this database (e.g. to restart a server on the same data). */
  databaseUrl?: string;
  dataDir?: string;
  /** Log into this logger instead of the server's own (e.g. to capture what is logged). */
  log?: Logger;
  /** The clock the server's services read (see `testClock`); the system's by default. */
  now?: () => Date;
}

/** Limits high enough that tests creating many staff and visitors from one address are not throttled; a test may lower them. */
const TEST_LIMITS = { RATE_LIMIT_LOGIN: '10000', RATE_LIMIT_START: '10000', RATE_LIMIT_MESSAGES: '10000', MAX_CONNECTIONS_PER_CLIENT: '10000' };

/** The message key of test servers on PostgreSQL (which refuse to start without one); PGlite ones generate their own. */
export const TEST_MESSAGE_KEY = Buffer.alloc(32, 7).toString('base64');

export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const base = process.env.TEST_DATABASE_URL;
  let db: { url: string; drop(): Promise<void> } | undefined;
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl && base) {
    db = await freshDatabase(base);
    databaseUrl = db.url;
  }
  const env = parseEnv({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATA_DIR: options.dataDir ?? 'memory://',
    ...TEST_LIMITS,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl, MESSAGE_KEY: TEST_MESSAGE_KEY } : {}),
    ...options.env,
  });
  const hidamari = await startHidamari(env, { ...(options.log ? { log: options.log } : {}), ...(options.now ? { now: options.now } : {}) });
  const port = hidamari.port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    hidamari,
    databaseUrl,
    async close() {
      await hidamari.close();
      if (db) await db.drop();
    },
  };
}

/** A clock a test moves: the system's time plus an offset, so a server "lives" past a shift's end without sleeping. */
export function testClock(): { now: () => Date; advanceTo(at: Date): void; reset(): void } {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advanceTo(at: Date) {
      offset = at.getTime() - Date.now();
    },
    reset() {
      offset = 0;
    },
  };
}
