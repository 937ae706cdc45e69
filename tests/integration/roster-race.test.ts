import { describe, expect, it } from 'vitest';
import { adminSession, createStaff, http } from '../support/clients.js';
import { serverPerFile } from '../support/suite.js';

type Answer = { status: number; body: { error?: { code: string; field?: string } } };
const HOUR = 3_600_000;
const T0 = Math.floor(Date.now() / HOUR) * HOUR + 200 * 24 * HOUR;
const at = (h: number) => new Date(T0 + h * HOUR).toISOString();

/**
 * Two admins planning the same person at once: each request's overlap check must see the other's shift, or both
 * commit and the person is booked twice. PostgreSQL only: PGlite runs one statement at a time, so it cannot race.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('overlapping shifts created at the same moment', () => {
  const ctx = serverPerFile();

  it('should create one and refuse the other with 409 on startsAt when two overlapping shifts of one person arrive together', async () => {
    const cookie = await adminSession(ctx.server);
    const people = await Promise.all(Array.from({ length: 8 }, () => createStaff(ctx.server)));
    const create = (staffId: string, from: number, to: number) =>
      http(ctx.server, 'POST', '/api/shifts', { cookie, body: { staffId, startsAt: at(from), endsAt: at(to) } }) as Promise<Answer>;
    // Every person gets two different but overlapping shifts, all sixteen requests in flight together.
    const answers = await Promise.all(people.map((p) => Promise.all([create(p.staff.id, 9, 17), create(p.staff.id, 12, 20)])));
    for (const pair of answers) {
      expect(pair.map((a) => a.status).sort()).toEqual([201, 409]);
      expect(pair.find((a) => a.status === 409)?.body.error).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });
    }
    const listed = await http<{ shifts: { staffId: string }[] }>(ctx.server, 'GET', `/api/shifts?from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(24))}`, { cookie });
    expect(listed.body.shifts.map((s) => s.staffId).sort()).toEqual(people.map((p) => p.staff.id).sort());
  });
});
