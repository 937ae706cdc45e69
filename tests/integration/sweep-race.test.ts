import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ADMIN_ENV, ok } from '../support/clients.js';
import { claimedChat, counselor, startVisitor } from '../support/flows.js';
import { serverPerFile, serverWithSideConnection } from '../support/suite.js';

const base = process.env.TEST_DATABASE_URL;

/**
 * The sweeper decides from rows it reads, then writes. These hold a candidate's row lock from a second
 * connection, let the sweep run into it, change the row under the lock (as a counselor's close or claim
 * would), commit, and check the sweep acted on the row as it now is. PostgreSQL only: PGlite has one connection.
 */
describe.skipIf(!base)('the sweeper racing a close or a claim', () => {
  // Neither the sweep timer nor the presence heartbeat (which also writes consultation rows) fires by
  // itself here: each test runs one sweep by hand, with its clock moved forward (an hour, within the sessions' idle limit).
  const ctx = serverWithSideConnection({
    env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000', STAFF_GRACE_SECONDS: '3600', ABANDON_SECONDS: '5', SESSION_IDLE_MINUTES: '720' },
  });
  const { bag } = ctx;

  /** Resolves once some statement of the server's is waiting for a lock in this database. */
  async function someoneWaits(): Promise<void> {
    const name = new URL(ctx.server.databaseUrl!).pathname.slice(1);
    for (let i = 0; i < 100; i++) {
      const { rows } = await ctx.side.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE NOT l.granted AND a.datname = $1`,
        [name],
      );
      if ((rows[0]?.n ?? 0) > 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the sweep never waited for the row lock');
  }

  async function status(id: string): Promise<string> {
    const { rows } = await ctx.side.query<{ status: string }>('SELECT status FROM consultations WHERE id = $1', [id]);
    return rows[0]!.status;
  }

  it('should not put a chat back in the queue when its counselor closed it while the sweep was deciding to requeue it', async () => {
    const chat = await claimedChat(ctx.server, bag);
    await ctx.side.query('BEGIN');
    await ctx.side.query('SELECT 1 FROM consultations WHERE id = $1 FOR UPDATE', [chat.consultationId]);
    // 3,700 s on, the counselor's heartbeat is past the hour's grace: the chat is a requeue candidate.
    const sweep = ctx.server.hidamari.services.sweeper.sweepOnce(new Date(Date.now() + 3_700_000));
    await someoneWaits();
    await ctx.side.query(`UPDATE consultations SET status = 'closed', closed_at = now(), close_reason = 'counselor_closed' WHERE id = $1`, [chat.consultationId]);
    await ctx.side.query('COMMIT');
    expect(await sweep).toMatchObject({ requeued: 0, closed: 0 });
    expect(await status(chat.consultationId)).toBe('closed');
  });

  it('should not close as abandoned a queued chat that a counselor claimed while the sweep was deciding', async () => {
    const visitor = await startVisitor(ctx.server, bag);
    const id = visitor.started.consultationId;
    const c = await counselor(ctx.server, bag);
    await ctx.side.query('BEGIN');
    await ctx.side.query('SELECT 1 FROM consultations WHERE id = $1 FOR UPDATE', [id]);
    // 10 s on, the visitor's last sign of life is past the 5 s abandon limit: a close candidate.
    const sweep = ctx.server.hidamari.services.sweeper.sweepOnce(new Date(Date.now() + 10_000));
    await someoneWaits();
    await ctx.side.query(`UPDATE consultations SET status = 'active', assigned_staff_id = $2, claimed_at = now(), last_activity_at = now() WHERE id = $1`, [id, c.staff.id]);
    await ctx.side.query('COMMIT');
    const result = await sweep;
    expect(result?.closed).toBe(0);
    expect(await status(id)).toBe('active');
    await ok(c.socket, 'message:send', { consultationId: id, clientMessageId: 'still-open', body: 'まだ続いています' });
  });
});

describe('a sweep round with a backlog', () => {
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000' } });

  it('should close at most one batch per round and the rest in the next round when more chats are due than a batch holds', async () => {
    await ctx.server.hidamari.database.db.execute(sql`
      INSERT INTO consultations (audience, topic, visitor_token_hash, resume_code_hash)
      SELECT 'self', 'other', 'backlog-t-' || g, 'backlog-r-' || g FROM generate_series(1, 501) AS g`);
    // Three days on, every one of them is past both the inactivity and the abandon limits.
    const later = new Date(Date.now() + 3 * 86_400_000);
    const sweep = ctx.server.hidamari.services.sweeper;
    expect(await sweep.sweepOnce(later)).toMatchObject({ requeued: 0, closed: 500 });
    expect(await sweep.sweepOnce(later)).toMatchObject({ requeued: 0, closed: 1 });
    expect(await sweep.sweepOnce(later)).toMatchObject({ requeued: 0, closed: 0 });
  });
});
