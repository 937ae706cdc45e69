import type { Coverage, ShiftView } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { ADMIN_ENV, adminSession, createStaff, http } from '../support/clients.js';
import { serverPerFile } from '../support/suite.js';

type Err = { error: { code: string; field?: string; message: string } };
type Bulk = { created: ShiftView[]; deleted: number };
const iso = (s: string) => new Date(s).toISOString();

/** Europe/Berlin: the spring-forward night (2030-03-31) lies between a week and its copies. */
describe('bulk roster operations and coverage', () => {
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, SERVICE_TIMEZONE: 'Europe/Berlin' } });
  const send = async <T>(method: string, path: string, body?: unknown, cookie?: string) =>
    http<T>(ctx.server, method, path, { cookie: cookie ?? (await adminSession(ctx.server)), body });
  async function addShift(staffId: string, startsAt: string, endsAt: string, role = 'counselor'): Promise<ShiftView> {
    const res = await send<{ shift: ShiftView }>('POST', '/api/shifts', { staffId, startsAt, endsAt, role });
    expect(res.status).toBe(201);
    return res.body.shift;
  }
  const listed = async (from: string, to: string) =>
    (await send<{ shifts: ShiftView[] }>('GET', `/api/shifts?from=${encodeURIComponent(iso(from))}&to=${encodeURIComponent(iso(to))}`)).body.shifts;

  it('should copy a week at the same local times across a DST change, or nothing at all when one copy overlaps', async () => {
    const [a, b] = await Promise.all([createStaff(ctx.server), createStaff(ctx.server, { displayName: '鈴木' })]);
    await addShift(a.staff.id, '2030-03-25T20:00:00+01:00', '2030-03-26T08:00:00+01:00');
    await addShift(b.staff.id, '2030-03-27T09:00:00+01:00', '2030-03-27T17:00:00+01:00');
    const blocker = await addShift(b.staff.id, '2030-04-10T16:00:00+02:00', '2030-04-10T18:00:00+02:00');

    const refused = await send<Err>('POST', '/api/shifts/bulk', { op: 'copyWeek', weekStart: '2030-03-25', weeks: 2 });
    expect([refused.status, refused.body.error.code, refused.body.error.field]).toEqual([409, 'CONFLICT', 'weekStart']);
    expect(refused.body.error.message).toContain('2030-04-10');
    expect(await listed('2030-04-01T00:00:00+02:00', '2030-04-15T00:00:00+02:00')).toEqual([blocker]);

    await send('DELETE', `/api/shifts/${blocker.id}`);
    const copied = await send<Bulk>('POST', '/api/shifts/bulk', { op: 'copyWeek', weekStart: '2030-03-25', weeks: 2 });
    expect(copied.status).toBe(200);
    expect(copied.body.deleted).toBe(0);
    // 20:00 in Berlin stays 20:00: 19:00 UTC before the change, 18:00 UTC after it.
    expect(copied.body.created.map((s) => [s.staffId, s.startsAt, s.endsAt]).sort()).toEqual([
      [a.staff.id, iso('2030-04-01T20:00:00+02:00'), iso('2030-04-02T08:00:00+02:00')],
      [a.staff.id, iso('2030-04-08T20:00:00+02:00'), iso('2030-04-09T08:00:00+02:00')],
      [b.staff.id, iso('2030-04-03T09:00:00+02:00'), iso('2030-04-03T17:00:00+02:00')],
      [b.staff.id, iso('2030-04-10T09:00:00+02:00'), iso('2030-04-10T17:00:00+02:00')],
    ].sort());
    expect(copied.body.created.find((s) => s.staffId === b.staff.id)?.staffName).toBe('鈴木');
    expect(await listed('2030-04-01T00:00:00+02:00', '2030-04-15T00:00:00+02:00')).toHaveLength(4);
  });

  it('should repeat a shift weekly up to and including the until date, and refuse an until before the next week', async () => {
    const c = await createStaff(ctx.server);
    const tuesday = await addShift(c.staff.id, '2030-05-07T10:00:00+02:00', '2030-05-07T12:00:00+02:00');
    const early = await send<Err>('POST', '/api/shifts/bulk', { op: 'repeatWeekly', shiftId: tuesday.id, until: '2030-05-13' });
    expect([early.status, early.body.error.field]).toEqual([400, 'until']);
    const repeated = await send<Bulk>('POST', '/api/shifts/bulk', { op: 'repeatWeekly', shiftId: tuesday.id, until: '2030-05-28' });
    expect(repeated.body.created.map((s) => s.startsAt)).toEqual(['2030-05-14', '2030-05-21', '2030-05-28'].map((d) => iso(`${d}T10:00+02:00`)));
    const again = await send<Err>('POST', '/api/shifts/bulk', { op: 'repeatWeekly', shiftId: tuesday.id, until: '2030-06-04' });
    expect([again.status, again.body.error.field, again.body.error.message]).toEqual([409, 'until', expect.stringContaining('2030-05-14')]);
  });

  it('should delete the shifts starting in a range, only one person’s when named, and record it', async () => {
    const [d, e] = await Promise.all([createStaff(ctx.server), createStaff(ctx.server)]);
    await addShift(d.staff.id, '2030-06-03T09:00:00+02:00', '2030-06-03T12:00:00+02:00');
    await addShift(d.staff.id, '2030-06-04T09:00:00+02:00', '2030-06-04T12:00:00+02:00');
    const other = await addShift(e.staff.id, '2030-06-03T09:00:00+02:00', '2030-06-03T12:00:00+02:00');
    const range = { op: 'deleteRange', from: '2030-06-03T00:00:00+02:00', to: '2030-06-05T00:00:00+02:00' };
    expect((await send<Bulk>('POST', '/api/shifts/bulk', { ...range, staffId: d.staff.id })).body).toEqual({ created: [], deleted: 2 });
    expect(await listed(range.from, range.to)).toEqual([other]);
    expect((await send<Bulk>('POST', '/api/shifts/bulk', range)).body).toEqual({ created: [], deleted: 1 });
    const backwards = await send<Err>('POST', '/api/shifts/bulk', { ...range, from: range.to, to: range.from });
    expect([backwards.status, backwards.body.error.field]).toEqual([400, 'to']);

    const audit = await send<{ entries: { action: string; data: Record<string, unknown> }[] }>('GET', '/api/audit?limit=5');
    expect(audit.body.entries.filter((x) => x.action === 'shift.bulk')[0]?.data).toMatchObject({ op: 'deleteRange', deleted: 1, removed: [{ staffId: e.staff.id }] });
  });

  it('should give coverage hour by hour on the 23-hour spring-forward day, with flags and counselor-hours', async () => {
    const [f, g] = await Promise.all([createStaff(ctx.server), createStaff(ctx.server, { roles: ['supervisor'] })]);
    await addShift(f.staff.id, '2030-03-30T22:00:00+01:00', '2030-03-31T06:00:00+02:00');
    await addShift(g.staff.id, '2030-03-31T01:00:00+01:00', '2030-03-31T04:00:00+02:00', 'supervisor');
    const q = `from=${encodeURIComponent('2030-03-31T00:00:00+01:00')}&to=${encodeURIComponent('2030-04-01T00:00:00+02:00')}`;
    const res = await send<Coverage>('GET', `/api/roster/coverage?${q}`);
    expect(res.status).toBe(200);
    expect(res.body.timezone).toBe('Europe/Berlin');
    expect(res.body.hours).toHaveLength(23);
    expect(res.body.hours.slice(0, 5)).toEqual([
      { start: '2030-03-30T23:00:00.000Z', counselors: 1, supervisors: 0, staff: 1, flags: ['no_supervisor', 'under_two'] },
      { start: '2030-03-31T00:00:00.000Z', counselors: 1, supervisors: 1, staff: 2, flags: [] },
      { start: '2030-03-31T01:00:00.000Z', counselors: 1, supervisors: 1, staff: 2, flags: [] },
      { start: '2030-03-31T02:00:00.000Z', counselors: 1, supervisors: 0, staff: 1, flags: ['no_supervisor', 'under_two'] },
      { start: '2030-03-31T03:00:00.000Z', counselors: 1, supervisors: 0, staff: 1, flags: ['no_supervisor', 'under_two'] },
    ]);
    expect(res.body.hours[5]!.flags).toEqual(['no_counselor', 'no_supervisor', 'under_two']);
    expect(res.body.days).toEqual([{ date: '2030-03-31', counselorHours: 7 }]);

    const backwards = await send<Err>('GET', `/api/roster/coverage?from=${encodeURIComponent('2030-04-01T00:00:00Z')}&to=${encodeURIComponent('2030-03-01T00:00:00Z')}`);
    expect([backwards.status, backwards.body.error.field]).toEqual([400, 'to']);
    const counselorOnly = await send<Err>('GET', `/api/roster/coverage?${q}`, undefined, f.cookie);
    expect(counselorOnly.status).toBe(403);
  });
});
