import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { http } from '../support/clients.js';
import { serverPerFile } from '../support/suite.js';

describe('staff sessions', () => {
  const ctx = serverPerFile();

  it('should refuse an expired session and delete its row when the sweeper runs', async () => {
    const { db } = ctx.server.hidamari.database;
    const staffId = ((await db.execute(sql`SELECT id FROM staff LIMIT 1`)) as unknown as { rows: { id: string }[] }).rows[0]!.id;
    await db.execute(sql`INSERT INTO staff_sessions (token_hash, staff_id, expires_at)
                         VALUES (encode(sha256('stale-token'), 'hex'), ${staffId}, now() - interval '1 minute')`);
    const me = await http(ctx.server, 'GET', '/api/me', { cookie: 'hidamari_session=stale-token' });
    expect(me.status).toBe(401);

    await ctx.server.hidamari.services.sweeper.sweepOnce();
    const left = (await db.execute(sql`SELECT count(*)::int AS n FROM staff_sessions WHERE expires_at < now()`)) as unknown as {
      rows: { n: number }[];
    };
    expect(left.rows[0]!.n).toBe(0);
  });
});
