import { AppError, AuditAction, ErrorCode, type Coverage, type ShiftBulk, type ShiftCreate, type ShiftUpdate, type ShiftView } from '@hidamari/shared';
import { auditRepository } from '../audit/audit.repository.js';
import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import { staffRepository } from '../staff/staff.repository.js';
import { coverage, wholeDays } from './coverage.rules.js';
import { createShiftBulk } from './shift-bulk.service.js';
import { endedNotices, type ShiftEndedNotice } from './shift-end.js';
import { auditFields, toShiftView } from './shift.mapper.js';
import { closesAt, isOpen, nextOpening, type ShiftSpan } from './roster.rules.js';
import { shiftRepository } from './shift.repository.js';
import { endMarks, shiftRefusal, type PlannedShift } from './shift.rules.js';

const DAY = 86_400_000;
const OPENNESS_CACHE_MS = 1000;

interface Openness {
  open: boolean;
  closesAt: Date | null;
  nextOpening: Date | null;
}
/** Coverage is asked for a week or a month at a time; a longer window is a mistake and a needless load. */
const MAX_COVERAGE_DAYS = 62;

export type ShiftService = ReturnType<typeof createShiftService>;

export interface ShiftDeps {
  db: Db;
  events: Pick<DomainEvents, 'publish'>;
  now?: () => Date;
  /** SERVICE_TIMEZONE: the days and weeks of bulk operations and coverage. */
  timeZone?: string;
}

/** `actorId`: the admin making the change (null for the system, e.g. the demo seed), for the audit log. */
export function createShiftService(deps: ShiftDeps) {
  const { db, events } = deps;
  const now = deps.now ?? (() => new Date());
  let openCache: { at: number; spans: ShiftSpan[] } | undefined;
  const timeZone = deps.timeZone ?? 'Asia/Tokyo';

  /** After commit: openness moves waiting visitors' estimates; a running shift cut short is over at once. */
  function afterCommit(ended: readonly ShiftEndedNotice[]): void {
    openCache = undefined;
    events.publish('queue.changed', {});
    for (const e of ended) events.publish('shift.ended', e);
  }

  /** Checks `planned` against the person and their other shifts, under their roster lock (taken by the caller). */
  async function check(tx: Db, planned: PlannedShift, exceptId?: string): Promise<string> {
    const holder = await staffRepository.byId(tx, planned.staffId);
    const others = (await shiftRepository.ofPeopleOverlapping(tx, [planned.staffId], planned.startsAt, planned.endsAt)).filter((s) => s.id !== exceptId);
    const refusal = shiftRefusal(planned, holder, others);
    if (refusal) throw refusal;
    return holder!.displayName;
  }

  const bulkOps = createShiftBulk({ db, now, timeZone, afterCommit });

  return {
    async create(input: ShiftCreate, actorId: string | null = null): Promise<ShiftView> {
      const planned: PlannedShift = {
        staffId: input.staffId, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt), role: input.role ?? 'counselor',
      };
      const { row, name } = await db.transaction(async (tx) => {
        await shiftRepository.lockPeople(tx, [planned.staffId]);
        const name = await check(tx, planned);
        const [row] = await shiftRepository.insert(tx, [{ ...planned, ...endMarks(planned.endsAt, now()) }]);
        await auditRepository.record(tx, { action: AuditAction.shiftCreated, staffId: actorId, subject: `shift:${row!.id}`, data: auditFields(row!) });
        return { row: row!, name };
      });
      afterCommit([]);
      return toShiftView(row, name);
    },

    /** Move, resize, reassign or change role. Cutting a running shift short (to end by now) ends it at once. */
    async update(id: string, patch: ShiftUpdate, actorId: string | null = null): Promise<ShiftView> {
      const t = now();
      const { row, name, ended } = await db.transaction(async (tx) => {
        const seen = await shiftRepository.byId(tx, id);
        if (!seen) throw new AppError(ErrorCode.NOT_FOUND, 'no such shift');
        await shiftRepository.lockPeople(tx, [seen.staffId, patch.staffId ?? seen.staffId]);
        // Re-read under the lock: an edit that committed meanwhile may have moved it or handed it to someone else.
        const before = await shiftRepository.byId(tx, id);
        if (!before) throw new AppError(ErrorCode.NOT_FOUND, 'no such shift');
        if (before.staffId !== seen.staffId) throw new AppError(ErrorCode.CONFLICT, 'the shift was changed meanwhile: reload and try again');
        const planned: PlannedShift = {
          staffId: patch.staffId ?? before.staffId,
          startsAt: patch.startsAt ? new Date(patch.startsAt) : before.startsAt,
          endsAt: patch.endsAt ? new Date(patch.endsAt) : before.endsAt,
          role: patch.role ?? before.role,
        };
        const name = await check(tx, planned, id);
        const endMoved = planned.endsAt.getTime() !== before.endsAt.getTime() || planned.staffId !== before.staffId;
        const row = (await shiftRepository.update(tx, id, { ...planned, ...(endMoved ? endMarks(planned.endsAt, t) : {}) }))!;
        await auditRepository.record(tx, {
          action: AuditAction.shiftUpdated, staffId: actorId, subject: `shift:${id}`, data: { before: auditFields(before), after: auditFields(row) },
        });
        return { row, name, ended: await endedNotices(tx, [before], t) };
      });
      afterCommit(ended);
      return toShiftView(row, name);
    },

    async remove(id: string, actorId: string | null = null): Promise<void> {
      const t = now();
      const ended = await db.transaction(async (tx) => {
        const seen = await shiftRepository.byId(tx, id);
        if (seen) await shiftRepository.lockPeople(tx, [seen.staffId]);
        const [gone] = await shiftRepository.deleteIds(tx, [id]);
        if (!gone) throw new AppError(ErrorCode.NOT_FOUND, 'no such shift');
        await auditRepository.record(tx, { action: AuditAction.shiftDeleted, staffId: actorId, subject: `shift:${id}`, data: auditFields(gone) });
        return endedNotices(tx, [gone], t);
      });
      afterCommit(ended);
    },

    /** Copy a week, repeat a shift weekly, or delete a range: one transaction, all or nothing. */
    bulk: (input: ShiftBulk, actorId: string | null = null) => bulkOps(input, actorId),

    async list(from?: string, to?: string): Promise<ShiftView[]> {
      const start = from ? new Date(from) : new Date(now().getTime() - DAY);
      const end = to ? new Date(to) : new Date(start.getTime() + 15 * DAY);
      return (await shiftRepository.overlapping(db, start, end)).map((r) => toShiftView(r.shift, r.staffName));
    },

    /** Hour-by-hour cover of [from, to) and counselor-hours per local day (active staff only). */
    async coverage(from: string, to: string): Promise<Coverage> {
      const start = new Date(from);
      const end = new Date(to);
      if (end <= start) throw new AppError(ErrorCode.INVALID_PAYLOAD, 'to must be after from', 'to');
      if (end.getTime() - start.getTime() > MAX_COVERAGE_DAYS * DAY) {
        throw new AppError(ErrorCode.INVALID_PAYLOAD, `at most ${MAX_COVERAGE_DAYS} days at a time`, 'to');
      }
      const days = wholeDays(start, end, timeZone);
      const spans = (await shiftRepository.overlapping(db, days.from, days.to)).map((r) => r.shift);
      return coverage(spans, start, end, timeZone);
    },

    /** Open now; while open, when the continuous cover ends; while closed, the next opening within two weeks. */
    /**
     * Open now, until when, or when next. Every consultation start asks, so the shifts read is kept for OPENNESS_CACHE_MS
     * of the service clock; a roster change through this process clears it at once, one through another within that time.
     */
    async openness(): Promise<Openness> {
      const t = now();
      if (openCache && t.getTime() - openCache.at >= 0 && t.getTime() - openCache.at < OPENNESS_CACHE_MS) {
        const spans = openCache.spans;
        return { open: isOpen(spans, t), closesAt: closesAt(spans, t), nextOpening: nextOpening(spans, t) };
      }
      // Read a little beyond the window the rules need, so the kept spans stay right for the whole cache time.
      const spans = (await shiftRepository.overlapping(db, new Date(t.getTime() - DAY), new Date(t.getTime() + 14 * DAY))).map((r) => r.shift);
      openCache = { at: t.getTime(), spans };
      return { open: isOpen(spans, t), closesAt: closesAt(spans, t), nextOpening: nextOpening(spans, t) };
    },
  };
}
