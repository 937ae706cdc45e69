import { describe, expect, it } from 'vitest';
import { adminSession, call, http, ok } from '../support/clients.js';
import { counselor, startVisitor, teamMember } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

let teamSeq = 0;
const freshTeam = () => `family-${process.pid}-${++teamSeq}`;

/** Family consultations go to the family team (a setting) while one of its members is on duty; otherwise to everyone. */
describe('routing family consultations to the family team', () => {
  const ctx = serverPerFile();

  async function setFamilyTeam(familyTeam: string): Promise<void> {
    const res = await http(ctx.server, 'PUT', '/api/settings', { cookie: await adminSession(ctx.server), body: { familyTeam } });
    expect(res.status).toBe(200);
  }

  const member = (team: string, onDuty = true) => teamMember(ctx.server, ctx.bag, team, onDuty);

  it('should send a family consultation to the family team while a member is on duty, and keep it for them', async () => {
    const team = freshTeam();
    await setFamilyTeam(team);
    const fam = await member(team);
    const outsider = await counselor(ctx.server, ctx.bag);
    const visitor = await startVisitor(ctx.server, ctx.bag, { audience: 'family', topic: 'family', family: { relationship: 'parent' } });
    const consultationId = visitor.started.consultationId;

    const { items } = await ok(outsider.socket, 'queue:list');
    expect(items.find((i) => i.consultationId === consultationId)).toMatchObject({ requestedTeam: team, audience: 'family' });
    expect(await call(outsider.socket, 'consultation:claim', { consultationId })).toMatchObject({ ok: false, error: { code: 'TEAM_RESERVED' } });
    expect((await ok(fam.socket, 'consultation:claim', { consultationId })).consultation).toMatchObject({ assignedStaffId: fam.staff.id, requestedTeam: team });
  });

  it('should queue a family consultation for everyone when no member of the family team is on duty', async () => {
    const team = freshTeam();
    await setFamilyTeam(team);
    await member(team, false);
    const outsider = await counselor(ctx.server, ctx.bag);
    const visitor = await startVisitor(ctx.server, ctx.bag, { audience: 'family', topic: 'family' });
    const consultationId = visitor.started.consultationId;

    const { items } = await ok(outsider.socket, 'queue:list');
    expect(items.find((i) => i.consultationId === consultationId)).not.toHaveProperty('requestedTeam');
    await ok(outsider.socket, 'consultation:claim', { consultationId });
  });

  it('should leave a visitor\'s own consultation, and any consultation without a family team set, in the common queue', async () => {
    const team = freshTeam();
    await setFamilyTeam(team);
    await member(team);
    const outsider = await counselor(ctx.server, ctx.bag);
    const self = await startVisitor(ctx.server, ctx.bag, { audience: 'self' });
    await setFamilyTeam('');
    const family = await startVisitor(ctx.server, ctx.bag, { audience: 'family', topic: 'family' });

    const { items } = await ok(outsider.socket, 'queue:list');
    for (const v of [self, family]) {
      expect(items.find((i) => i.consultationId === v.started.consultationId)).not.toHaveProperty('requestedTeam');
    }
    await ok(outsider.socket, 'consultation:claim', { consultationId: family.started.consultationId });
  });

  it('should refuse a family team that is not a team name and an offer time out of range, naming the field', async () => {
    const cookie = await adminSession(ctx.server);
    for (const [body, field] of [
      [{ familyTeam: 'Family Team' }, 'familyTeam'],
      [{ preferredCounselorOfferSeconds: 10 }, 'preferredCounselorOfferSeconds'],
      [{ preferredCounselorOfferSeconds: 3601 }, 'preferredCounselorOfferSeconds'],
    ] as const) {
      const res = await http<{ error: { code: string; field?: string } }>(ctx.server, 'PUT', '/api/settings', { cookie, body });
      expect([res.status, res.body.error]).toMatchObject([400, { code: 'INVALID_PAYLOAD', field }]);
    }
    const saved = await http<{ settings: { preferredCounselorOfferSeconds: number } }>(
      ctx.server, 'PUT', '/api/settings', { cookie, body: { preferredCounselorOfferSeconds: 300 } });
    expect(saved.body.settings.preferredCounselorOfferSeconds).toBe(300);
  });
});
