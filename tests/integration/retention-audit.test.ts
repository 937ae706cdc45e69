import type { AuditEntry, StaffView } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { adminSession, http, ok } from '../support/clients.js';
import { claimedChat } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const DAY = 86_400_000;

/** What admins read at /staff/audit (GET /api/audit): purges, visitor deletions and self-granted counsel roles, without content. */
describe('the audit log an admin reads about content and access', () => {
  const ctx = serverPerFile();
  const entries = async () =>
    (await http<{ entries: AuditEntry[] }>(ctx.server, 'GET', '/api/audit?limit=200', { cookie: await adminSession(ctx.server) })).body.entries;

  it('should flag an admin granting themselves a counselling role, and not flag a change to someone else', async () => {
    const admin = await adminSession(ctx.server);
    const me = (await http<{ staff: StaffView }>(ctx.server, 'GET', '/api/me', { cookie: admin })).body.staff.id;
    await http(ctx.server, 'PATCH', `/api/staff/${me}`, { cookie: admin, body: { roles: ['admin', 'supervisor'] } });
    const [latest] = (await entries()).filter((e) => e.subject === `staff:${me}`);
    expect(latest).toMatchObject({ action: 'staff.updated', staffId: me, data: { selfGrant: true } });
    await http(ctx.server, 'PATCH', `/api/staff/${me}`, { cookie: admin, body: { roles: ['admin'] } });
    const [dropped] = (await entries()).filter((e) => e.subject === `staff:${me}`);
    expect(dropped!.data.selfGrant).toBeUndefined();
  });

  it('should show the visitor\'s deletion and the retention purge to an admin, with counts and no content', async () => {
    const deleted = await claimedChat(ctx.server, ctx.bag, { message: 'AUDIT-CONTENT-1 消してください' });
    await ok(deleted.counselor.socket, 'consultation:close', { consultationId: deleted.consultationId, outcome: 'listened' });
    await ok(deleted.visitor.socket, 'consultation:delete', {});
    const purged = await claimedChat(ctx.server, ctx.bag, { message: 'AUDIT-CONTENT-2 期限で消える' });
    await ok(purged.counselor.socket, 'consultation:close', { consultationId: purged.consultationId, outcome: 'listened' });
    await ctx.server.hidamari.services.retention.purgeOnce(new Date(Date.now() + 91 * DAY));

    const log = await entries();
    expect(log.find((e) => e.action === 'consultation.visitor_delete')).toMatchObject({ consultationId: deleted.consultationId, data: { messages: 1 } });
    expect(log.find((e) => e.action === 'retention.purge')).toMatchObject({ data: { consultations: 1, messages: 1, retentionDays: 90 } });
    expect(JSON.stringify(log)).not.toContain('AUDIT-CONTENT');
  });
});
