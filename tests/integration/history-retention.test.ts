import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/raw.js';
import { ADMIN_ENV, call, ok, visitorSocket } from '../support/clients.js';
import { claimedChat, counselor, startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const DAY = 86_400_000;

describe('retention counted from the last consultation of a linked history', () => {
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, RETENTION_DAYS: '90', SWEEP_INTERVAL_MS: '3600000' } });
  const db = () => ctx.server.hidamari.database.db;
  const purge = (at: Date) => ctx.server.hidamari.services.retention.purgeOnce(at);
  const purged = async (id: string) =>
    (await rows<{ p: boolean }>(db(), sql`SELECT content_purged_at IS NOT NULL AS p FROM consultations WHERE id = ${id}::uuid`))[0]!.p;
  const closedDaysAgo = (id: string, days: number, now: Date) =>
    rows(db(), sql`UPDATE consultations SET closed_at = ${new Date(now.getTime() - days * DAY).toISOString()}::timestamptz WHERE id = ${id}::uuid`);

  it('should keep an old consultation while a recent one of its history is kept, and purge them together once the last is old', async () => {
    const now = new Date();
    const first = await claimedChat(ctx.server, ctx.bag, { message: '昔の相談' });
    await ok(first.counselor.socket, 'consultation:close', { consultationId: first.consultationId, outcome: 'listened' });
    const { returnKey } = await ok(first.visitor.socket, 'returnKey:keep', {});
    const back = await startVisitor(ctx.server, ctx.bag, { returnKey, message: '最近の相談' });
    const b = await counselor(ctx.server, ctx.bag);
    await ok(b.socket, 'consultation:claim', { consultationId: back.started.consultationId });

    // While the new one is still open, the old one is kept even far past the retention period.
    await closedDaysAgo(first.consultationId, 200, now);
    await purge(now);
    expect(await purged(first.consultationId)).toBe(false);

    await ok(b.socket, 'consultation:close', { consultationId: back.started.consultationId, outcome: 'listened' });
    await closedDaysAgo(back.started.consultationId, 10, now);
    await purge(now);
    expect(await purged(first.consultationId)).toBe(false);
    expect(await purged(back.started.consultationId)).toBe(false);

    await purge(new Date(now.getTime() + 85 * DAY));
    expect(await purged(first.consultationId)).toBe(true);
    expect(await purged(back.started.consultationId)).toBe(true);
    const checker = ctx.bag.add(await visitorSocket(ctx.server));
    expect((await call(checker, 'returnKey:check', { returnKey })).ok).toBe(false);
  });

  it('should still purge a consultation linked to nothing on its own closing time', async () => {
    const now = new Date();
    const chat = await claimedChat(ctx.server, ctx.bag, { message: 'ひとりの相談' });
    await ok(chat.counselor.socket, 'consultation:close', { consultationId: chat.consultationId, outcome: 'listened' });
    await closedDaysAgo(chat.consultationId, 91, now);
    await purge(now);
    expect(await purged(chat.consultationId)).toBe(true);
  });
});
