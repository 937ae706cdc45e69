import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { Env } from '@hidamari/shared';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Logger } from 'pino';
import { schema } from './schema.js';

/** The one database type every repository is written against: pg pool and PGlite alike. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  ping(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../../migrations');

/** Opens PostgreSQL (DATABASE_URL) or embedded PGlite (DATA_DIR) and applies the migrations. Throws if they fail. */
export async function openDatabase(env: Env, log?: Pick<Logger, 'warn'>): Promise<Database> {
  if (env.DATABASE_URL) {
    await migratePostgres(env.DATABASE_URL);
    // Connections stay open once made: opening one mid-burst (a new backend) stalled deliveries by ~10 ms.
    // A statement stuck on a lock or a sick server fails after DB_STATEMENT_TIMEOUT_MS instead of holding
    // its connection, and the caller waiting on it, without end.
    const pool = new pg.Pool({
      connectionString: env.DATABASE_URL, max: env.DB_POOL_SIZE, idleTimeoutMillis: 0, statement_timeout: env.DB_STATEMENT_TIMEOUT_MS,
    });
    // An idle connection that breaks (PostgreSQL restarted, network dropped) is discarded and replaced on
    // next use; without this listener its error would crash the process.
    pool.on('error', (err) => log?.warn({ err: { message: err.message, code: (err as { code?: string }).code } }, 'idle database connection lost'));
    const db = drizzlePg(pool, { schema });
    return {
      db: db as unknown as Db,
      kind: 'postgres',
      ping: async () => void (await pool.query('select 1')),
      close: () => pool.end(),
    };
  }
  // PGlite accepts statement_timeout but cannot enforce it (no timer signals in its WebAssembly build);
  // it runs in this process, one statement at a time, so there is no other connection to wait on either.
  const dataDir = env.DATA_DIR;
  if (!dataDir.startsWith('memory://')) mkdirSync(resolve(dataDir), { recursive: true });
  const client = await PGlite.create(dataDir.startsWith('memory://') ? undefined : resolve(dataDir));
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    ping: async () => void (await client.query('select 1')),
    close: () => client.close(),
  };
}

/** Migrations run on a connection of their own, without the statement timeout: building an index on a large table may take longer. */
async function migratePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
  } finally {
    await client.end();
  }
}
