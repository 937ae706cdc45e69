import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, ok } from '../support/clients.js';
import { claimedChat, eventually, SocketBag, staffSync } from '../support/flows.js';
import { captureLogs } from '../support/logs.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const base = process.env.TEST_DATABASE_URL;

/**
 * Kills every backend serving `databaseUrl`'s database, as a PostgreSQL restart or a network cut would,
 * and waits until they are gone (each has sent its goodbye to the pool by then); returns how many.
 */
async function terminateBackends(databaseUrl: string): Promise<number> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    const name = new URL(databaseUrl).pathname.slice(1);
    const { rows } = await admin.query<{ n: number }>(
      'SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name],
    );
    await eventually(async () => {
      const left = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
      expect(left.rows[0]?.n).toBe(0);
    });
    return rows[0]?.n ?? 0;
  } finally {
    await admin.end();
  }
}

// PGlite runs inside the process: there is no connection to cut. The PostgreSQL pass of CI runs this.
describe.skipIf(!base)('a lost database connection', () => {
  const logs = captureLogs('warn');
  const bag = new SocketBag();
  let server: TestServer;
  beforeAll(async () => {
    // No timer may be mid-query when the connections are cut (its connection would fail its query
    // instead of erroring idle): the sweeper and the presence heartbeat wait an hour here.
    server = await startTestServer({ env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000', STAFF_GRACE_SECONDS: '3600' }, log: logs.log });
  });
  afterAll(async () => {
    bag.closeAll();
    await server?.close();
  });

  it('should keep serving, on fresh connections and with nothing lost, when PostgreSQL drops every pooled connection', async () => {
    const chat = await claimedChat(server, bag);
    await ok(chat.visitor.socket, 'message:send', { clientMessageId: 'before-drop', body: 'まえ' });
    await server.hidamari.realtime.flushQueue(); // the queue broadcast after the claim has run its queries

    expect(await terminateBackends(server.databaseUrl!)).toBeGreaterThan(0);
    await eventually(() => expect(logs.text()).toContain('idle database connection lost'));

    const after = await ok(chat.visitor.socket, 'message:send', { clientMessageId: 'after-drop', body: 'あと' });
    expect(after.message.seq).toBe(2);
    await ok(chat.counselor.socket, 'message:send', { consultationId: chat.consultationId, clientMessageId: 'reply', body: 'はい' });
    const seen = await staffSync(chat.counselor.socket, chat.consultationId);
    expect(seen.map((m) => [m.seq, m.body])).toEqual([[1, 'まえ'], [2, 'あと'], [3, 'はい']]);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
