import { and, eq, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { sessionRepository } from '../auth/session.repository.js';
import type { Db } from '../db/client.js';
import { rows } from '../db/raw.js';
import { consultations, staff } from '../db/schema.js';
import type { DomainEvents } from '../events/domain-events.js';
import { consultationRepository as repo } from './consultation.repository.js';
import type { ConsultationService } from './consultation.service.js';
import type { RequeueService } from './requeue.service.js';
import type { EscalationService } from '../escalation/escalation.service.js';
import type { HandoffService } from '../handoff/handoff.service.js';
import type { ShiftService } from '../shift/shift.service.js';
import type { RoutingService } from '../routing/routing.service.js';
import { keepsWaiting } from '../routing/routing.rules.js';
import { reminderDue, reminderHorizon, shiftOver } from './duty.rules.js';
import { shiftSweepRepository as shiftRepo } from './shift-sweep.repository.js';
import { cutoff, inactive, staffGone, SWEEP_BATCH } from './sweep.rules.js';

/** One cluster-wide key: whichever process holds it runs this sweep; the others skip. */
const SWEEP_LOCK = 72_700_001;

export interface SweepLimits {
  staffGraceSeconds: number;
  inactivitySeconds: number;
  abandonSeconds: number;
}

export type SweeperService = ReturnType<typeof createSweeperService>;

/**
 * Timers kept as rows: end expired staff sessions, requeue chats whose counselor has been gone past the grace
 * period, close consultations that went quiet, and queued ones whose visitor left; remind counselors on duty that
 * their shift ends soon and tell them when it has ended (each once per shift, cluster-wide: the flag is set in the
 * same transaction, under the sweep's advisory lock, as the decision). Each selection takes at most
 * SWEEP_BATCH rows, so one round's locks and work stay bounded; a backlog drains over the next rounds.
 */
export function createSweeperService(deps: {
  db: Db;
  events: Pick<DomainEvents, 'publish'>;
  consultations: Pick<ConsultationService, 'changed'>;
  requeue: Pick<RequeueService, 'requeueWithin' | 'announce'>;
  escalations: Pick<EscalationService, 'realertWithin' | 'announce'>;
  handoffs: Pick<HandoffService, 'expireWithin' | 'announceExpired'>;
  /** Issue 12: reservations for an asked-for counselor whose time is up. */
  routing: Pick<RoutingService, 'expireWithin' | 'announceExpired'>;
  /** When given, a change between open and closed (a shift starting or ending) refreshes waiting visitors' hours. */
  shifts?: Pick<ShiftService, 'openness'>;
  limits: SweepLimits;
  now?: () => Date;
}) {
  const { db, events, requeue, limits } = deps;
  const clock = deps.now ?? (() => new Date());
  /** Open or closed at the last sweep of this process: a shift boundary passes without any row changing. */
  let wasOpen: boolean | undefined;

  async function watchHours(): Promise<void> {
    if (!deps.shifts) return;
    const { open } = await deps.shifts.openness();
    if (wasOpen !== undefined && open !== wasOpen) events.publish('queue.changed', {});
    wasOpen = open;
  }

  /** Shift reminders and ends, inside the sweep's transaction: what to publish once it commits. */
  async function sweepShifts(tx: Db, now: Date) {
    const reminders = (await shiftRepo.dueReminders(tx, now, reminderHorizon(now), SWEEP_BATCH))
      .filter((s) => s.onDuty && !s.continues && reminderDue(s, now));
    await shiftRepo.markReminded(tx, reminders.map((s) => s.id), now);

    const ends = (await shiftRepo.dueEnds(tx, now, SWEEP_BATCH)).filter((s) => shiftOver(s, now));
    await shiftRepo.markEndHandled(tx, ends.map((s) => s.id), now);
    const ended = [];
    // Handled either way; told only when it matters: still marked on duty or holding chats, and not carried on by another shift.
    for (const s of ends.filter((e) => !e.continues)) {
      const openConsultationIds = (await repo.activeFor(tx, s.staffId)).map((c) => c.id);
      if (s.onDuty || openConsultationIds.length > 0) ended.push({ staffId: s.staffId, shiftId: s.id, openConsultationIds });
    }
    return { reminders, ended };
  }

  async function sweepOnce(now = clock()): Promise<{ requeued: number; closed: number; reminded: number; ended: number; realerted: number; expiredOffers: number } | null> {
    const result = await db.transaction(async (tx) => {
      // The queries fetch only candidates (a full scan every few seconds stalls the event loop under load);
      // the rules below still make each decision. Candidates are locked (in id order, as message batches
      // lock them) and read as they are once the lock is ours: a chat closed or claimed meanwhile is no
      // longer a candidate, so the sweep never reopens a closed chat or closes a claimed one.
      const [lock] = await rows<{ ok: boolean }>(tx, sql`SELECT pg_try_advisory_xact_lock(${SWEEP_LOCK}) AS ok`);
      if (!lock?.ok) return null;
      const endedSessions = await sessionRepository.deleteExpired(tx, now, SWEEP_BATCH);

      const held = await tx
        .select({ id: consultations.id, previous: consultations.assignedStaffId, lastSeenAt: staff.lastSeenAt })
        .from(consultations)
        .innerJoin(staff, eq(staff.id, consultations.assignedStaffId))
        .where(and(eq(consultations.status, 'active'), or(isNull(staff.lastSeenAt), lt(staff.lastSeenAt, cutoff(now, limits.staffGraceSeconds)))))
        .orderBy(consultations.id)
        .limit(SWEEP_BATCH)
        .for('update', { of: consultations });
      const gone = held
        .filter((h) => staffGone(h.lastSeenAt, now, limits.staffGraceSeconds))
        .flatMap((h) => (h.previous ? [{ id: h.id, previous: h.previous }] : []));
      const requeued = await requeue.requeueWithin(tx, gone, 'counselor_disconnected');

      const open = await tx
        .select({
          id: consultations.id, status: consultations.status, lastActivityAt: consultations.lastActivityAt, seen: consultations.visitorSeenAt,
          preferredMode: consultations.preferredMode, preferredUntil: consultations.preferredUntil,
        })
        .from(consultations)
        .where(
          and(
            ne(consultations.status, 'closed'),
            or(
              lt(consultations.lastActivityAt, cutoff(now, limits.inactivitySeconds)),
              and(eq(consultations.status, 'queued'), lt(consultations.visitorSeenAt, cutoff(now, limits.abandonSeconds))),
            ),
            // Issue 12: not a candidate while its visitor waits for their own counselor (keepsWaiting; NULLs read as false).
            sql`NOT coalesce(${consultations.status} = 'queued' AND ${consultations.preferredMode} IN ('wait', 'message')
                             AND ${consultations.preferredUntil} > ${now.toISOString()}::timestamptz, false)`,
          ),
        )
        .orderBy(consultations.id)
        .limit(SWEEP_BATCH)
        .for('update');
      const toClose = open
        .filter((c) => !keepsWaiting(c, now))
        .map((c) => ({
          id: c.id,
          reason: inactive(c.lastActivityAt, now, limits.inactivitySeconds)
            ? 'inactive'
            : c.status === 'queued' && inactive(c.seen, now, limits.abandonSeconds)
              ? 'abandoned'
              : null,
        }))
        .filter((c): c is { id: string; reason: 'inactive' | 'abandoned' } => c.reason !== null);
      const closed = [];
      for (const c of toClose) {
        await repo.addEvent(tx, c.id, 'closed', null, { reason: c.reason });
        closed.push(await repo.update(tx, c.id, { status: 'closed', closedAt: now, closeReason: c.reason }));
      }
      const shifts = await sweepShifts(tx, now);
      const realerts = await deps.escalations.realertWithin(tx, now);
      // Warm offers unanswered past HANDOFF_OFFER_SECONDS: the chat stays with its sender.
      const expiredOffers = await deps.handoffs.expireWithin(tx, now);
      // Issue 12: a chat kept for an asked-for counselor past its time is for everyone.
      const expiredPreferences = await deps.routing.expireWithin(tx, now);
      return { endedSessions, requeued, closed, shifts, realerts, expiredOffers, expiredPreferences };
    });
    if (!result) return null;
    for (const sessionHash of result.endedSessions) events.publish('staff.sessionEnded', { sessionHash });
    await requeue.announce(result.requeued);
    for (const row of result.closed) await deps.consultations.changed(row);
    if (result.closed.length) events.publish('queue.changed', {});
    for (const s of result.shifts.reminders) events.publish('shift.ending', { staffId: s.staffId, shiftId: s.id, endsAt: s.endsAt.toISOString() });
    for (const e of result.shifts.ended) events.publish('shift.ended', e);
    // Someone whose shift ended adds no capacity any more: waiting visitors' estimates change.
    if (result.shifts.ended.length) events.publish('queue.changed', {});
    deps.escalations.announce(result.realerts);
    deps.handoffs.announceExpired(result.expiredOffers);
    deps.routing.announceExpired(result.expiredPreferences);
    await watchHours();
    return {
      requeued: result.requeued.length, closed: result.closed.length, reminded: result.shifts.reminders.length, ended: result.shifts.ended.length,
      realerted: result.realerts.raised.length, expiredOffers: result.expiredOffers.length,
    };
  }

  return { sweepOnce };
}
