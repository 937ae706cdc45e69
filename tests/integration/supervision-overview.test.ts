import type { SupervisionOverview } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminSession, http } from '../support/clients.js';
import { claimedChat, counselor, startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

/** GET /api/supervision/overview: every open chat, every counselor's load and the open escalations. */
describe('the supervision overview', () => {
  const ctx = serverPerFile();
  const overview = (cookie?: string) => http<SupervisionOverview>(ctx.server, 'GET', '/api/supervision/overview', { cookie });

  it('should list queued and active chats with their counselor, the counselors\' load and open escalations when a supervisor asks', async () => {
    const waiting = await startVisitor(ctx.server, ctx.bag, { nickname: 'そら' });
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag, { nickname: 'うみ' });
    await ctx.server.hidamari.database.db.execute(
      sql`INSERT INTO escalations (consultation_id, raised_by, level, note) VALUES (${consultationId}, ${c.staff.id}, 'urgent', '希死念慮あり')`,
    );
    const sup = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] });

    const res = await overview(sup.cookie);
    expect(res.status).toBe(200);
    const queued = res.body.consultations.find((x) => x.id === waiting.started.consultationId);
    const active = res.body.consultations.find((x) => x.id === consultationId);
    expect(queued).toMatchObject({ status: 'queued', nickname: 'そら', riskLevel: 'none', since: expect.any(String) });
    expect(queued?.counselor).toBeUndefined();
    expect(active).toMatchObject({ status: 'active', nickname: 'うみ', counselor: { staffId: c.staff.id, displayName: c.staff.displayName } });
    expect(res.body.counselors.find((m) => m.staffId === c.staff.id)).toMatchObject({ onDuty: true, load: 1 });
    expect(res.body.escalations).toEqual([expect.objectContaining({ consultationId, level: 'urgent', status: 'open', note: '希死念慮あり' })]);
  });

  it('should leave out the visitor\'s nickname and the escalation notes when an admin asks', async () => {
    const { consultationId } = await claimedChat(ctx.server, ctx.bag, { nickname: 'かぜ' });
    const res = await overview(await adminSession(ctx.server));
    expect(res.status).toBe(200);
    expect(res.body.consultations.find((x) => x.id === consultationId)).not.toHaveProperty('nickname');
    expect(res.body.escalations.every((e) => e.note === undefined)).toBe(true);
  });

  it('should refuse counselors with 403 and strangers with 401', async () => {
    const c = await counselor(ctx.server, ctx.bag);
    expect((await overview(c.cookie)).status).toBe(403);
    expect((await overview()).status).toBe(401);
  });
});
