/**
 * The bench's own database: a scratch PostgreSQL database (dropped and recreated per run, so tests never collide)
 * or a PGlite directory in a temp folder. Also the one SQL surface for B2 and the final row count.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const BENCH_DB_NAME = 'hidamari_bench';

/** What B2 and the row count need from either database. */
export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** Runs `fn` in a transaction on one connection. */
  transaction<T>(fn: (q: Sql['query']) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Drops and recreates the scratch database next to `baseUrl`; returns its URL. */
export async function recreatePgDatabase(baseUrl: string, name = BENCH_DB_NAME): Promise<string> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function pgSql(url: string, poolSize: number): Sql {
  const p = new pg.Pool({ connectionString: url, max: poolSize });
  return {
    async query(text, params) {
      return (await p.query(text, params)).rows;
    },
    async transaction(fn) {
      const c = await p.connect();
      try {
        await c.query('BEGIN');
        const out = await fn(async (text, params) => (await c.query(text, params)).rows);
        await c.query('COMMIT');
        return out;
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        c.release();
      }
    },
    close: () => p.end(),
  };
}

export async function pgliteSql(dir: string): Promise<Sql> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dir);
  return {
    async query(text, params) {
      return (await db.query(text, params)).rows as never[];
    },
    transaction: (fn) => db.transaction((tx) => fn(async (text, params) => (await tx.query(text, params)).rows as never[])),
    close: () => db.close(),
  };
}

const tempDirs = new Set<string>();
process.on('exit', () => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

/** A temp directory, removed by `remove()` or, at the latest, when the bench exits (also on SIGINT or an error). */
export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
      tempDirs.delete(dir);
    },
  };
}

/** The PGlite data directory under DATA_DIR (the server may use DATA_DIR itself or a sub-folder). */
export function findPgliteDir(root: string, depth = 2): string | undefined {
  const entries = readdirSync(root);
  if (entries.includes('PG_VERSION')) return root;
  if (depth === 0) return undefined;
  for (const e of entries) {
    const p = join(root, e);
    if (statSync(p).isDirectory()) {
      const found = findPgliteDir(p, depth - 1);
      if (found) return found;
    }
  }
  return undefined;
}

export interface StoredRows {
  table: string;
  /** clientMessageId → number of rows holding it. */
  byClientMessageId: Map<string, number>;
}

/** Rows of the service's message table whose client_message_id starts with `prefix`. */
export async function storedMessageRows(sql: Sql, prefix: string): Promise<StoredRows> {
  const tables = await sql.query<{ table_schema: string; table_name: string }>(
    `SELECT table_schema, table_name FROM information_schema.columns
      WHERE column_name = 'client_message_id' AND table_schema NOT IN ('bench_b2', 'pg_catalog', 'information_schema')
      ORDER BY (table_name LIKE 'message%') DESC, table_name`,
  );
  const t = tables[0];
  if (!t) throw new Error('no table with a client_message_id column in the service database');
  const table = `"${t.table_schema}"."${t.table_name}"`;
  const rows = await sql.query<{ cmid: string; n: string | number }>(
    `SELECT client_message_id AS cmid, count(*) AS n FROM ${table} WHERE client_message_id LIKE $1 GROUP BY 1`,
    [`${prefix}%`],
  );
  return { table, byClientMessageId: new Map(rows.map((r) => [r.cmid, Number(r.n)])) };
}
