import type { ShiftView } from '@hidamari/shared';
import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../server/src/db/schema.js';
import type { DomainEventMap } from '../../server/src/events/domain-events.js';
import { adminSession, createStaff, http } from '../support/clients.js';
import { claimedChat } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

type Err = { error: { code: string; field?: string; message: string } };
const HOUR = 3_600_000;
const at = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString();
/** Hours of a day far ahead, a new day per test, so tests never share hours; fixed instants, so answers compare equal. */
const T0 = Math.floor(Date.now() / HOUR) * HOUR;
let day = 100;
const hourOf = (h: number) => new Date(T0 + (day * 24 + h) * HOUR).toISOString();
const slot = (fromHour: number, toHour: number) => ({ startsAt: hourOf(fromHour), endsAt: hourOf(toHour) });

describe('editing the roster', () => {
  const ctx = serverPerFile();
  const admin = () => adminSession(ctx.server);
  const send = async <T>(method: string, path: string, body?: unknown) => http<T>(ctx.server, method, path, { cookie: await admin(), body });
  async function addShift(body: Record<string, unknown>): Promise<ShiftView> {
    const res = await send<{ shift: ShiftView }>('POST', '/api/shifts', body);
    expect(res.status).toBe(201);
    return res.body.shift;
  }
  const listed = async (from: string, to: string) => (await send<{ shifts: ShiftView[] }>('GET', `/api/shifts?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`)).body.shifts;
  function captured<K extends keyof DomainEventMap>(name: K): DomainEventMap[K][] {
    const seen: DomainEventMap[K][] = [];
    ctx.server.hidamari.services.events.on(name, (p) => seen.push(p));
    return seen;
  }
  async function auditOf(subject: string) {
    const { db } = ctx.server.hidamari.database;
    return db.select().from(auditLog).where(eq(auditLog.subject, subject)).orderBy(desc(auditLog.id));
  }

  it('should refuse a shift naming the field and write nothing when it breaks a rule', async () => {
    day++;
    const a = await createStaff(ctx.server, { displayName: '田中' });
    const gone = await createStaff(ctx.server);
    await send('PATCH', `/api/staff/${gone.staff.id}`, { active: false });
    await addShift({ staffId: a.staff.id, ...slot(9, 17) });
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ staffId: a.staff.id, ...slot(0, 17) }, 400, 'INVALID_PAYLOAD', 'endsAt'],
      [{ staffId: a.staff.id, ...slot(17, 9) }, 400, 'INVALID_PAYLOAD', 'endsAt'],
      [{ staffId: a.staff.id, ...slot(16, 20) }, 409, 'CONFLICT', 'startsAt'],
      [{ staffId: a.staff.id, ...slot(18, 20), role: 'supervisor' }, 400, 'INVALID_PAYLOAD', 'role'],
      [{ staffId: gone.staff.id, ...slot(9, 17) }, 400, 'INVALID_PAYLOAD', 'staffId'],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await send<Err>('POST', '/api/shifts', body);
      expect([res.status, res.body.error.code, res.body.error.field]).toEqual([status, code, field]);
    }
    expect((await listed(hourOf(0), hourOf(30))).map((s) => s.staffId)).toEqual([a.staff.id]);
    // Touching end to start is no overlap.
    await addShift({ staffId: a.staff.id, ...slot(17, 21) });
  });

  it('should move, resize, reassign and change the role of a shift and record each change with its admin when edited', async () => {
    day++;
    const [a, b] = await Promise.all([createStaff(ctx.server), createStaff(ctx.server, { roles: ['counselor', 'supervisor'], displayName: '佐藤' })]);
    const shift = await addShift({ staffId: a.staff.id, ...slot(9, 17) });
    const moved = await send<{ shift: ShiftView }>('PATCH', `/api/shifts/${shift.id}`, slot(10, 20));
    expect([moved.status, moved.body.shift]).toEqual([200, { ...shift, ...slot(10, 20) }]);
    const reassigned = await send<{ shift: ShiftView }>('PATCH', `/api/shifts/${shift.id}`, { staffId: b.staff.id, role: 'supervisor' });
    expect(reassigned.body.shift).toMatchObject({ staffId: b.staff.id, staffName: '佐藤', role: 'supervisor', ...slot(10, 20) });

    const entries = await auditOf(`shift:${shift.id}`);
    const me = (await send<{ staff: { id: string } }>('GET', '/api/me')).body.staff.id;
    expect(entries.map((e) => [e.action, e.staffId])).toEqual([['shift.updated', me], ['shift.updated', me], ['shift.created', me]]);
    expect(entries[0]!.data).toEqual({
      before: { staffId: a.staff.id, role: 'counselor', ...slot(10, 20) },
      after: { staffId: b.staff.id, role: 'supervisor', ...slot(10, 20) },
    });
  });

  it('should refuse an edit naming the field and change nothing when the result breaks a rule', async () => {
    day++;
    const a = await createStaff(ctx.server);
    const [early, late] = [await addShift({ staffId: a.staff.id, ...slot(6, 10) }), await addShift({ staffId: a.staff.id, ...slot(12, 18) })];
    const cases: [string, Record<string, unknown>, number, string, string][] = [
      [early.id, { endsAt: hourOf(13) }, 409, 'CONFLICT', 'startsAt'],
      [late.id, { endsAt: hourOf(29) }, 400, 'INVALID_PAYLOAD', 'endsAt'],
      [late.id, { startsAt: hourOf(19) }, 400, 'INVALID_PAYLOAD', 'endsAt'],
      [late.id, { role: 'admin' }, 400, 'INVALID_PAYLOAD', 'role'],
      ['00000000-0000-4000-8000-000000000000', { role: 'counselor' }, 404, 'NOT_FOUND', ''],
    ];
    for (const [id, body, status, code, field] of cases) {
      const res = await send<Err>('PATCH', `/api/shifts/${id}`, body);
      expect([res.status, res.body.error.code, res.body.error.field ?? '']).toEqual([status, code, field]);
    }
    expect(await listed(hourOf(0), hourOf(30))).toEqual([early, late]);
    expect((await auditOf(`shift:${late.id}`)).map((e) => e.action)).toEqual(['shift.created']);
  });

  it('should end a running shift at once with the chats to hand over when an admin shortens it to end now', async () => {
    const chat = await claimedChat(ctx.server, ctx.bag);
    const ended = captured('shift.ended');
    const queue = captured('queue.changed');
    const res = await send<{ shift: ShiftView }>('PATCH', `/api/shifts/${chat.counselor.shiftId}`, { endsAt: at(-60_000) });
    expect(res.status).toBe(200);
    expect(ended).toEqual([{ staffId: chat.counselor.staff.id, shiftId: chat.counselor.shiftId, openConsultationIds: [chat.consultationId] }]);
    expect(queue.length).toBeGreaterThan(0);
  });

  it('should end a running shift at once when an admin deletes it, and not when they extend it', async () => {
    const chat = await claimedChat(ctx.server, ctx.bag);
    const ended = captured('shift.ended');
    const longer = await send<{ shift: ShiftView }>('PATCH', `/api/shifts/${chat.counselor.shiftId}`, { endsAt: at(10 * HOUR) });
    expect([longer.status, longer.body.shift.endsAt]).toEqual([200, expect.any(String)]);
    // A later shift of theirs is no reason to tell them anything now.
    await addShift({ staffId: chat.counselor.staff.id, startsAt: at(11 * HOUR), endsAt: at(12 * HOUR) });
    expect(ended).toEqual([]);
    expect((await send('DELETE', `/api/shifts/${chat.counselor.shiftId}`)).status).toBe(204);
    expect(ended).toEqual([{ staffId: chat.counselor.staff.id, shiftId: chat.counselor.shiftId, openConsultationIds: [chat.consultationId] }]);
    expect((await auditOf(`shift:${chat.counselor.shiftId}`)).map((e) => e.action)).toEqual(['shift.deleted', 'shift.updated', 'shift.created']);
  });

  it('should refuse editing, bulk changes and coverage with 403 to a counselor and 401 without a session', async () => {
    day++;
    const c = await createStaff(ctx.server);
    const shift = await addShift({ staffId: c.staff.id, ...slot(9, 17) });
    const calls: [string, string, unknown?][] = [
      ['PATCH', `/api/shifts/${shift.id}`, { endsAt: hourOf(20) }],
      ['POST', '/api/shifts/bulk', { op: 'deleteRange', from: hourOf(0), to: hourOf(24) }],
      ['GET', `/api/roster/coverage?from=${encodeURIComponent(hourOf(0))}&to=${encodeURIComponent(hourOf(24))}`],
    ];
    for (const [method, path, body] of calls) {
      const asCounselor = await http<Err>(ctx.server, method, path, { cookie: c.cookie, body });
      const anonymous = await http<Err>(ctx.server, method, path, { body });
      expect([path, asCounselor.status, anonymous.status]).toEqual([path, 403, 401]);
    }
    expect(await listed(hourOf(0), hourOf(24))).toEqual([shift]);
  });
});
