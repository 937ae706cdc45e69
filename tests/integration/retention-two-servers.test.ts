import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/raw.js';
import { ADMIN_ENV, ok } from '../support/clients.js';
import { SocketBag, startVisitor } from '../support/flows.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const DAY = 86_400_000;

describe.skipIf(!process.env.TEST_DATABASE_URL)('the retention purge on two processes (PostgreSQL)', () => {
  const servers: TestServer[] = [];
  const bag = new SocketBag();
  let side: pg.Client;
  beforeAll(async () => {
    const env = { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000', RETENTION_DAYS: '30' };
    servers.push(await startTestServer({ env }));
    servers.push(await startTestServer({ env, databaseUrl: servers[0]!.databaseUrl }));
    side = new pg.Client({ connectionString: servers[0]!.databaseUrl });
    await side.connect();
  });
  afterEach(() => bag.closeAll());
  afterAll(async () => {
    await side?.end();
    await servers[1]?.close();
    await servers[0]?.close();
  });

  async function closedConsultations(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const v = await startVisitor(servers[i % 2]!, bag, { message: `二台で消す ${i}` });
      await ok(v.socket, 'consultation:leave', {});
      ids.push(v.started.consultationId);
    }
    return ids;
  }

  it('should skip rows another process holds instead of waiting or purging them twice', async () => {
    const ids = await closedConsultations(6);
    const later = new Date(Date.now() + 31 * DAY);
    // The other process is in the middle of purging two of them: it holds their row locks.
    await side.query('BEGIN');
    await side.query('SELECT id FROM consultations WHERE id = ANY($1::uuid[]) FOR UPDATE', [ids.slice(0, 2)]);
    const first = await servers[0]!.hidamari.services.retention.purgeOnce(later);
    expect(first.consultations).toBe(4);
    await side.query('COMMIT');
    const second = await servers[1]!.hidamari.services.retention.purgeOnce(later);
    expect(second.consultations).toBe(2);
    const left = await rows<{ n: number }>(servers[0]!.hidamari.database.db, sql`
      SELECT count(*)::int AS n FROM consultations WHERE id = ANY(${`{${ids.join(',')}}`}::uuid[]) AND content_purged_at IS NULL`);
    expect(left[0]!.n).toBe(0);
  });

  it('should purge each consultation exactly once when both processes purge at the same moment', async () => {
    const ids = await closedConsultations(10);
    const later = new Date(Date.now() + 31 * DAY);
    const [a, b] = await Promise.all(servers.map((s) => s.hidamari.services.retention.purgeOnce(later)));
    expect(a!.consultations + b!.consultations).toBe(10);
    const audited = await rows<{ n: number }>(servers[0]!.hidamari.database.db, sql`
      SELECT coalesce(sum((data->>'consultations')::int), 0)::int AS n FROM audit_log WHERE action = 'retention.purge'`);
    expect(audited[0]!.n).toBe(6 + 10);
    const left = await rows<{ n: number }>(servers[0]!.hidamari.database.db, sql`
      SELECT count(*)::int AS n FROM consultations WHERE id = ANY(${`{${ids.join(',')}}`}::uuid[]) AND content_purged_at IS NULL`);
    expect(left[0]!.n).toBe(0);
  });
});
