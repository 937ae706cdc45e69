import type { TeamMemberLive } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { adminSession, ADMIN_ENV, createStaff, http } from '../support/clients.js';
import { claimedChat, counselor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';
import { testClock } from '../support/test-server.js';

type Err = { error: { code: string } };
type Live = { members: TeamMemberLive[] };

describe('the live team view', () => {
  const clock = testClock();
  const ctx = serverPerFile({ env: ADMIN_ENV, now: clock.now });

  async function live(cookie: string): Promise<TeamMemberLive[]> {
    const res = await http<Live>(ctx.server, 'GET', '/api/roster/live', { cookie });
    expect(res.status).toBe(200);
    return res.body.members;
  }

  it('should show the shift, duty and load of a counselor holding a chat, ahead of staff off shift', async () => {
    const idle = await counselor(ctx.server, ctx.bag, { displayName: 'あ 待機', shift: false, onDuty: false });
    const { counselor: busy } = await claimedChat(ctx.server, ctx.bag);
    const supervisor = await createStaff(ctx.server, { roles: ['supervisor'] });

    const members = await live(supervisor.cookie);
    const mine = members.find((m) => m.staffId === busy.staff.id);
    expect(mine).toMatchObject({ onDuty: true, load: 1, maxConcurrent: busy.staff.maxConcurrent, roles: ['counselor'] });
    expect(mine!.shift).toMatchObject({ id: busy.shiftId, role: 'counselor' });
    expect(members.find((m) => m.staffId === idle.staff.id)).toMatchObject({ shift: null, onDuty: false, load: 0 });
    const at = (id: string) => members.findIndex((m) => m.staffId === id);
    expect(at(busy.staff.id)).toBeLessThan(at(idle.staff.id));
  });

  it('should show no shift for the same person once the clock is past its end', async () => {
    const { counselor: c } = await claimedChat(ctx.server, ctx.bag);
    clock.advanceTo(new Date(Date.now() + 9 * 3600_000));
    try {
      const mine = (await live(await adminSession(ctx.server))).find((m) => m.staffId === c.staff.id);
      expect(mine).toMatchObject({ shift: null, load: 1 });
    } finally {
      clock.reset();
    }
  });

  it('should leave out inactive staff and refuse counselors with 403', async () => {
    const admin = await adminSession(ctx.server);
    const gone = await createStaff(ctx.server);
    await http(ctx.server, 'PATCH', `/api/staff/${gone.staff.id}`, { cookie: admin, body: { active: false } });
    expect((await live(admin)).some((m) => m.staffId === gone.staff.id)).toBe(false);

    const plain = await createStaff(ctx.server, { roles: ['counselor'] });
    const res = await http<Err>(ctx.server, 'GET', '/api/roster/live', { cookie: plain.cookie });
    expect([res.status, res.body.error.code]).toEqual([403, 'FORBIDDEN']);
  });
});
