import type { SQL } from 'drizzle-orm';
import type { Db } from './client.js';

/** Runs a raw SQL statement (written with drizzle's `sql` tag) and returns its rows, on pg and PGlite alike. */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** PostgreSQL's unique_violation, as both drivers report it. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const inner = e?.cause ?? e;
  if (inner?.code !== '23505' && e?.code !== '23505') return false;
  return !constraint || inner?.constraint === constraint || e?.constraint === constraint;
}

export const iso = (d: Date | string | null | undefined): string | undefined =>
  d === null || d === undefined ? undefined : new Date(d).toISOString();
