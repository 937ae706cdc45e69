import { AppError, AuditAction, ErrorCode, type Role, type ShiftBulk, type ShiftView } from '@hidamari/shared';
import { auditRepository } from '../audit/audit.repository.js';
import type { Db } from '../db/client.js';
import { staffRepository } from '../staff/staff.repository.js';
import { localDate, planCopyWeek, planRefusal, planRepeatWeekly, weekWindow } from './bulk.rules.js';
import { endedNotices, type ShiftEndedNotice } from './shift-end.js';
import { auditFields, toShiftView } from './shift.mapper.js';
import { shiftRepository, type ShiftRow } from './shift.repository.js';
import { endMarks, holderRefusal, type PlannedShift } from './shift.rules.js';

export interface BulkResult {
  created: ShiftView[];
  deleted: number;
}

const planOf = (s: ShiftRow): PlannedShift => ({ staffId: s.staffId, startsAt: s.startsAt, endsAt: s.endsAt, role: s.role as Role });

/** The bulk operations of the roster; `afterCommit` publishes what the shift service publishes for single changes. */
export function createShiftBulk(deps: {
  db: Db;
  now: () => Date;
  timeZone: string;
  afterCommit: (ended: readonly ShiftEndedNotice[]) => void;
}) {
  const { db, now, timeZone } = deps;

  /**
   * Validates and inserts a whole plan under its people's roster locks (the caller took them): a person's role or
   * state, or an overlap anywhere, fails it all, named by the local date and with `field` the request's field.
   */
  async function insertPlan(tx: Db, planned: readonly PlannedShift[], field: string): Promise<ShiftView[]> {
    const people = [...new Set(planned.map((s) => s.staffId))];
    for (const staffId of people) {
      const holder = await staffRepository.byId(tx, staffId);
      for (const s of planned.filter((p) => p.staffId === staffId)) {
        const refusal = holderRefusal(holder, s.role);
        if (refusal) throw new AppError(refusal.code, `${localDate(s.startsAt, timeZone)}: ${holder?.displayName ?? staffId}: ${refusal.message}`, field);
      }
    }
    if (planned.length === 0) return [];
    const from = new Date(Math.min(...planned.map((s) => s.startsAt.getTime())));
    const to = new Date(Math.max(...planned.map((s) => s.endsAt.getTime())));
    const refusal = planRefusal(planned, await shiftRepository.ofPeopleOverlapping(tx, people, from, to), timeZone, field);
    if (refusal) throw refusal;
    const t = now();
    const rows = await shiftRepository.insert(tx, planned.map((s) => ({ ...s, ...endMarks(s.endsAt, t) })));
    const names = await shiftRepository.names(tx, people);
    return rows.map((r) => toShiftView(r, names.get(r.staffId)));
  }

  async function copyWeek(tx: Db, weekStart: string, weeks: number): Promise<ShiftView[]> {
    const { from, to } = weekWindow(weekStart, timeZone);
    // Read, lock everyone in it, read again: the week as it is once no one else can change these people's shifts.
    // Deactivated people's shifts are not shown in the roster, so they are not copied either.
    const seen = await shiftRepository.startingIn(tx, from, to, { activeOnly: true });
    await shiftRepository.lockPeople(tx, seen.map((s) => s.staffId));
    const source = await shiftRepository.startingIn(tx, from, to, { activeOnly: true });
    return insertPlan(tx, planCopyWeek(source.map(planOf), weeks, timeZone), 'weekStart');
  }

  async function repeatWeekly(tx: Db, shiftId: string, until: string): Promise<ShiftView[]> {
    const seen = await shiftRepository.byId(tx, shiftId);
    if (!seen) throw new AppError(ErrorCode.NOT_FOUND, 'no such shift', 'shiftId');
    await shiftRepository.lockPeople(tx, [seen.staffId]);
    const source = await shiftRepository.byId(tx, shiftId);
    if (!source) throw new AppError(ErrorCode.NOT_FOUND, 'no such shift', 'shiftId');
    return insertPlan(tx, planRepeatWeekly(planOf(source), until, timeZone), 'until');
  }

  async function deleteRange(tx: Db, from: Date, to: Date, staffId?: string): Promise<{ gone: ShiftRow[]; ended: ShiftEndedNotice[] }> {
    if (to <= from) throw new AppError(ErrorCode.INVALID_PAYLOAD, 'to must be after from', 'to');
    const seen = await shiftRepository.startingIn(tx, from, to, { staffId });
    await shiftRepository.lockPeople(tx, seen.map((s) => s.staffId));
    const gone = await shiftRepository.deleteIds(tx, (await shiftRepository.startingIn(tx, from, to, { staffId })).map((s) => s.id));
    return { gone, ended: await endedNotices(tx, gone, now()) };
  }

  return async function bulk(input: ShiftBulk, actorId: string | null): Promise<BulkResult> {
    const { result, ended } = await db.transaction(async (tx) => {
      let result: BulkResult;
      let ended: ShiftEndedNotice[] = [];
      let removed: ReturnType<typeof auditFields>[] | undefined;
      if (input.op === 'copyWeek') result = { created: await copyWeek(tx, input.weekStart, input.weeks), deleted: 0 };
      else if (input.op === 'repeatWeekly') result = { created: await repeatWeekly(tx, input.shiftId, input.until), deleted: 0 };
      else {
        const d = await deleteRange(tx, new Date(input.from), new Date(input.to), input.staffId);
        result = { created: [], deleted: d.gone.length };
        ended = d.ended;
        removed = d.gone.map(auditFields);
      }
      // One entry for the whole operation: its request and what it did; deleted shifts are listed, as the roster no longer has them.
      await auditRepository.record(tx, {
        action: AuditAction.shiftsBulk, staffId: actorId, subject: `shifts:${input.op}`,
        data: { ...input, created: result.created.length, deleted: result.deleted, ...(removed ? { removed } : {}) },
      });
      return { result, ended };
    });
    deps.afterCommit(ended);
    return result;
  };
}
