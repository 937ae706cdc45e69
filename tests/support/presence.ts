/**
 * For tests of timed rules: read the presence rows the sweeper decides on, and wait for the server's
 * heartbeat instead of sleeping, so a sweep with a moved clock can be aimed at the exact limit.
 */
import { sql } from 'drizzle-orm';
import { eventually } from './flows.js';
import type { TestServer } from './test-server.js';

async function epochMs(server: TestServer, query: ReturnType<typeof sql>): Promise<number> {
  const res = (await server.hidamari.database.db.execute(query)) as unknown as { rows: { ms: number | string | null }[] };
  const ms = res.rows[0]?.ms;
  if (ms === null || ms === undefined) throw new Error('no such row, or no timestamp yet');
  // Floored to the millisecond: a sweep at this instant plus a limit is never past the limit.
  return Math.floor(Number(ms));
}

/** The staff member's last sign of life (heartbeat or duty change), in epoch milliseconds. */
export const staffSeenAt = (server: TestServer, staffId: string): Promise<number> =>
  epochMs(server, sql`SELECT extract(epoch FROM last_seen_at) * 1000 AS ms FROM staff WHERE id = ${staffId}`);

/** The visitor's last sign of life for a queued consultation, in epoch milliseconds. */
export const visitorSeenAt = (server: TestServer, consultationId: string): Promise<number> =>
  epochMs(server, sql`SELECT extract(epoch FROM visitor_seen_at) * 1000 AS ms FROM consultations WHERE id = ${consultationId}`);

/** Resolves once the server has dropped every socket of this staff member (so the heartbeat leaves them out). */
export function staffGoneFromServer(server: TestServer, staffId: string): Promise<void> {
  return eventually(() => {
    const still = [...server.hidamari.realtime.staffNsp.sockets.values()].some((s) => s.data.staff?.id === staffId);
    if (still) throw new Error('the server still holds a socket of this staff member');
  });
}

/** Resolves once the server's visitor sockets number `count`. */
export function visitorSocketsOnServer(server: TestServer, count: number): Promise<void> {
  return eventually(() => {
    const n = server.hidamari.realtime.io.of('/visitor').sockets.size;
    if (n !== count) throw new Error(`${n} visitor sockets, expected ${count}`);
  });
}

/** Resolves with `read()` once it is later than `after`: a heartbeat that started after that moment has landed. */
export function heartbeatAfter(read: () => Promise<number>, after: number): Promise<number> {
  return eventually(async () => {
    const ms = await read();
    if (ms <= after) throw new Error('no heartbeat yet');
    return ms;
  }, 30_000);
}
