import type { ServiceStatus, ShiftView, StaffView } from '@hidamari/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, adminSession, createStaff, http } from '../support/clients.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

type Err = { error: { code: string; field?: string } };
const HOUR = 3_600_000;
const at = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString();

describe('the admin API', () => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer({ env: ADMIN_ENV });
    cookie = await adminSession(server);
  });
  afterAll(() => server.close());

  const status = async () => (await http<ServiceStatus>(server, 'GET', '/api/status', { origin: null })).body;
  async function addShift(staffId: string, startsAt: string, endsAt: string, role?: string): Promise<ShiftView> {
    const res = await http<{ shift: ShiftView }>(server, 'POST', '/api/shifts', { cookie, body: { staffId, startsAt, endsAt, ...(role ? { role } : {}) } });
    expect(res.status).toBe(201);
    return res.body.shift;
  }

  it('should create, list and update staff accounts and refuse a duplicate login id with 409 on loginId', async () => {
    const body = { loginId: 'sato.k', displayName: '佐藤', password: 'sato-password-123', roles: ['counselor', 'supervisor'], teams: ['family'], maxConcurrent: 5 };
    const created = await http<{ staff: StaffView }>(server, 'POST', '/api/staff', { cookie, body });
    expect(created.status).toBe(201);
    expect(created.body.staff).toMatchObject({ loginId: 'sato.k', displayName: '佐藤', roles: ['counselor', 'supervisor'], teams: ['family'], maxConcurrent: 5, active: true, onDuty: false });
    expect(JSON.stringify(created.body).replace(/"mustChangePassword":(true|false)/g, '')).not.toMatch(/password|hash/i);

    const dup = await http<Err>(server, 'POST', '/api/staff', { cookie, body: { ...body, displayName: '別の佐藤' } });
    expect([dup.status, dup.body.error]).toMatchObject([409, { code: 'CONFLICT', field: 'loginId' }]);

    const id = created.body.staff.id;
    const patched = await http<{ staff: StaffView }>(server, 'PATCH', `/api/staff/${id}`, {
      cookie, body: { displayName: '佐藤 花子', maxConcurrent: 2, teams: ['youth', 'employment'] },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.staff).toMatchObject({ id, displayName: '佐藤 花子', maxConcurrent: 2, teams: ['youth', 'employment'], roles: ['counselor', 'supervisor'] });

    const list = await http<{ staff: StaffView[] }>(server, 'GET', '/api/staff', { cookie });
    expect(list.body.staff.filter((s) => s.loginId === 'sato.k')).toEqual([patched.body.staff]);
    expect(list.body.staff.map((s) => s.loginId)).toContain(ADMIN_ENV.ADMIN_LOGIN);

    const missing = await http<Err>(server, 'PATCH', '/api/staff/00000000-0000-4000-8000-000000000000', { cookie, body: { displayName: 'x' } });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'NOT_FOUND']);
    const empty = await http<Err>(server, 'PATCH', `/api/staff/${id}`, { cookie, body: {} });
    expect([empty.status, empty.body.error.code]).toEqual([400, 'INVALID_PAYLOAD']);
  });

  it('should create, list and delete shifts of the roster', async () => {
    const { staff } = await createStaff(server, { displayName: '鈴木' });
    const from = at(40 * 24 * HOUR);
    const shift = await addShift(staff.id, from, at(40 * 24 * HOUR + 4 * HOUR));
    expect(shift).toMatchObject({ staffId: staff.id, staffName: '鈴木', startsAt: from, role: 'counselor' });

    const window = `from=${encodeURIComponent(at(39 * 24 * HOUR))}&to=${encodeURIComponent(at(41 * 24 * HOUR))}`;
    const listed = await http<{ shifts: ShiftView[] }>(server, 'GET', `/api/shifts?${window}`, { cookie });
    expect(listed.body.shifts).toEqual([shift]);
    const elsewhere = await http<{ shifts: ShiftView[] }>(server, 'GET', '/api/shifts', { cookie });
    expect(elsewhere.body.shifts.some((s) => s.id === shift.id)).toBe(false);

    expect((await http(server, 'DELETE', `/api/shifts/${shift.id}`, { cookie })).status).toBe(204);
    expect((await http<{ shifts: ShiftView[] }>(server, 'GET', `/api/shifts?${window}`, { cookie })).body.shifts).toEqual([]);
    const again = await http<Err>(server, 'DELETE', `/api/shifts/${shift.id}`, { cookie });
    expect([again.status, again.body.error.code]).toEqual([404, 'NOT_FOUND']);

    const fourHours = at(40 * 24 * HOUR + 4 * HOUR);
    const nobody = await http<Err>(server, 'POST', '/api/shifts', {
      cookie, body: { staffId: '00000000-0000-4000-8000-000000000000', startsAt: from, endsAt: fourHours },
    });
    expect([nobody.status, nobody.body.error]).toMatchObject([400, { code: 'INVALID_PAYLOAD', field: 'staffId' }]);
    const { staff: clerk } = await createStaff(server, { displayName: '事務', roles: ['admin'] });
    const notCounselor = await http<Err>(server, 'POST', '/api/shifts', { cookie, body: { staffId: clerk.id, startsAt: from, endsAt: fourHours } });
    expect([notCounselor.status, notCounselor.body.error]).toMatchObject([400, { code: 'INVALID_PAYLOAD', field: 'role' }]);
    const badTime = await http<Err>(server, 'POST', '/api/shifts', { cookie, body: { staffId: staff.id, startsAt: 'tomorrow', endsAt: from } });
    expect([badTime.status, badTime.body.error.field]).toEqual([400, 'startsAt']);
  });

  it('should report open now when a counselor’s shift covers now, and the next opening when one is planned', async () => {
    const { staff } = await createStaff(server, { displayName: '高橋', roles: ['counselor', 'admin'] });
    const closed = await status();
    expect(closed).toMatchObject({ open: false, nextOpening: null, timezone: 'Asia/Tokyo' });
    expect(closed.hotlines.length).toBeGreaterThan(0);

    const later = await addShift(staff.id, at(3 * HOUR), at(5 * HOUR));
    expect(await status()).toMatchObject({ open: false, nextOpening: later.startsAt });

    // An admin-duty shift does not open the service.
    const { staff: clerk } = await createStaff(server, { displayName: '事務', roles: ['admin'] });
    const paperwork = await addShift(clerk.id, at(-HOUR), at(3 * HOUR), 'admin');
    expect(await status()).toMatchObject({ open: false, closesAt: null, nextOpening: later.startsAt });

    // Open until the end of the continuous cover: this shift, then the later one that starts as it ends.
    const now = await addShift(staff.id, at(-HOUR), later.startsAt);
    expect(await status()).toMatchObject({ open: true, closesAt: later.endsAt, nextOpening: null });

    for (const s of [now, paperwork]) await http(server, 'DELETE', `/api/shifts/${s.id}`, { cookie });
    expect(await status()).toMatchObject({ open: false, nextOpening: later.startsAt });
    await http(server, 'DELETE', `/api/shifts/${later.id}`, { cookie });
    expect(await status()).toMatchObject({ open: false, nextOpening: null });
  });
});
