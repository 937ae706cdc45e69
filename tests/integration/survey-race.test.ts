import { describe, expect, it } from 'vitest';
import { ADMIN_ENV, call, ok, visitorSocket } from '../support/clients.js';
import { startVisitor } from '../support/flows.js';
import { serverWithSideConnection } from '../support/suite.js';

const base = process.env.TEST_DATABASE_URL;

/**
 * Two submissions of one consultation's survey that both passed their checks before either wrote: the submission
 * row's primary key must let exactly one through. PostgreSQL only (PGlite has one connection, so nothing interleaves).
 */
describe.skipIf(!base)('two survey submissions racing', () => {
  const ctx = serverWithSideConnection({ env: ADMIN_ENV });

  async function waiters(n: number): Promise<void> {
    const name = new URL(ctx.server.databaseUrl!).pathname.slice(1);
    for (let i = 0; i < 200; i++) {
      const { rows } = await ctx.side.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE NOT l.granted AND a.datname = $1`,
        [name],
      );
      if ((rows[0]?.n ?? 0) >= n) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`fewer than ${n} statements waited for the lock`);
  }

  it('should answer exactly one ok and one ALREADY_ANSWERED when both submissions reach the insert together', async () => {
    const v = await startVisitor(ctx.server, ctx.bag);
    await ok(v.socket, 'consultation:leave');
    const other = ctx.bag.add(await visitorSocket(ctx.server, v.started.token));

    // Hold back every insert into survey_submissions, let both submissions validate and queue up behind it, then release them together.
    await ctx.side.query('BEGIN');
    await ctx.side.query('LOCK TABLE survey_submissions IN SHARE MODE');
    const racing = Promise.all([
      call(v.socket, 'survey:submit', { answers: { helpful: 2, comment: 'first' } }),
      call(other, 'survey:submit', { answers: { helpful: 5, comment: 'second' } }),
    ]);
    await waiters(2);
    await ctx.side.query('COMMIT');
    const acks = await racing;

    expect(acks.filter((a) => a.ok)).toHaveLength(1);
    expect(acks.find((a) => !a.ok)).toMatchObject({ error: { code: 'ALREADY_ANSWERED' } });
    const { rows: marks } = await ctx.side.query<{ n: number }>('SELECT count(*)::int AS n FROM survey_submissions WHERE consultation_id = $1', [
      v.started.consultationId,
    ]);
    expect(marks[0]!.n).toBe(1);
    // The loser's answers were rolled back with its transaction: one response, with the winner's score.
    const { rows: scores } = await ctx.side.query<{ value_number: number }>(`SELECT value_number FROM survey_answers WHERE question_id = 'helpful'`);
    expect(scores).toHaveLength(1);
    expect(scores[0]!.value_number).toBe(acks[0]!.ok ? 2 : 5);
  });
});
