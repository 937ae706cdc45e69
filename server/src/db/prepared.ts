import { getTableColumns, type Table } from 'drizzle-orm';
import type { Db } from './client.js';

/**
 * A hot-path statement sent by name. On `pg` PostgreSQL parses and plans it once per pooled
 * connection; on both drivers the query builder is skipped. Parameters are positional ($1…),
 * with explicit casts wherever PostgreSQL could not infer a type. `statement` folds whitespace, so a
 * statement holds no comments and no string literal that relies on repeated spaces.
 */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

export const statement = (name: string, text: string): Statement => ({ name, text: text.replace(/\s+/g, ' ').trim() });

interface PgQueryable {
  query<T>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
}
interface PgliteQueryable {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params: unknown[]): Promise<{ rows: T[] }>;
}

/** The driver client behind a drizzle database or transaction: a pg Pool / PoolClient, or PGlite / its transaction. */
function driverOf(db: Db): PgQueryable | PgliteQueryable {
  return (db as unknown as { session: { client: PgQueryable | PgliteQueryable } }).session.client;
}

const isPglite = (c: PgQueryable | PgliteQueryable): c is PgliteQueryable => typeof (c as PgliteQueryable).exec === 'function';

/** Runs a prepared statement on `db` (the pool, or the connection of the drizzle transaction `db` is) and returns its rows. */
export async function run<T>(db: Db, st: Statement, params: unknown[]): Promise<T[]> {
  const client = driverOf(db);
  if (isPglite(client)) return (await client.query<T>(st.text, params)).rows;
  return (await client.query<T>({ name: st.name, text: st.text, values: params })).rows;
}

/** Maps a raw row (snake_case columns, as `RETURNING *` gives it) to the table's drizzle row type. */
export function rowMapper<T extends Table>(table: T): (raw: Record<string, unknown>) => T['$inferSelect'] {
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => [key, column.name] as const);
  return (raw) => {
    const row: Record<string, unknown> = {};
    for (const [key, name] of columns) row[key] = raw[name];
    return row as T['$inferSelect'];
  };
}
