import type { ConsultationView, VisitorConsultationUpdate, VisitorPreferred, VisitorRequeueReason } from '@hidamari/shared';
import type { Logger } from 'pino';
import type { DomainEvents } from '../events/domain-events.js';
import type { QueueService } from '../consultation/queue.service.js';
import type { StaffNamespace, VisitorNamespace } from './realtime.types.js';
import { rooms } from './rooms.js';
import { visitorPreferred } from '../routing/routing.rules.js';

const QUEUE_DEBOUNCE_MS = 150;
/** Broadcasting may use at most a fifth of the event loop: the next one waits 4× as long as the last one's emits took. */
const BROADCAST_SHARE = 4;
/** Standings are sent only when they change; every so often all of them again, in case another process sent newer ones. */
const FULL_REFRESH_MS = 30_000;

export function visitorUpdate(c: ConsultationView): VisitorConsultationUpdate {
  const u: VisitorConsultationUpdate = { consultationId: c.id, status: c.status };
  if (c.status !== 'queued' && c.counselorName) u.counselorName = c.counselorName;
  if (c.closeReason) u.closeReason = c.closeReason;
  if (c.status === 'queued' && c.preferred) u.preferred = visitorPreferred(c.preferred);
  return u;
}

/**
 * The one place domain events become socket emits. Queue refreshes are coalesced:
 * a burst of claims sends one queue list and one standing per waiting visitor.
 */
export function attachRealtimeEmitter(deps: {
  events: DomainEvents;
  visitors: VisitorNamespace;
  staff: StaffNamespace;
  queue: Pick<QueueService, 'broadcastState' | 'standingOf' | 'hours'>;
  log: Logger;
}): { flush(): Promise<void>; stop(): void } {
  const { events, visitors, staff, queue, log } = deps;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const lastSent = new Map<string, string>();
  let lastFull = 0;

  let emitCostMs = 0;

  /**
   * Back in the queue after having a counselor: why, with the place and the hours, in one update. Sent only while
   * still queued (a chat claimed again meanwhile has its "active" already, which must stay the last word).
   */
  async function tellRequeued(consultationId: string, requeueReason: VisitorRequeueReason): Promise<void> {
    const [standing, service] = await Promise.all([queue.standingOf(consultationId), queue.hours()]);
    if (!standing) return;
    visitors.to(rooms.consultation(consultationId)).emit('consultation:updated', { consultationId, status: 'queued', queue: standing, service, requeueReason });
  }

  /** Issue 12: the reservation for the asked-for counselor changed or ended, with the place and the hours (still queued only). */
  async function tellPreferred(consultationId: string, preferred: VisitorPreferred | null): Promise<void> {
    const [standing, service] = await Promise.all([queue.standingOf(consultationId), queue.hours()]);
    if (!standing) return;
    visitors.to(rooms.consultation(consultationId)).emit('consultation:updated', { consultationId, status: 'queued', queue: standing, service, preferred });
  }

  async function broadcastQueue(): Promise<void> {
    timer = undefined;
    const { items, total, standings, service } = await queue.broadcastState();
    const started = performance.now();
    staff.to(rooms.allStaff).emit('queue:updated', { items, total });
    const full = Date.now() - lastFull > FULL_REFRESH_MS;
    if (full) lastFull = Date.now();
    for (const id of lastSent.keys()) if (!standings.has(id)) lastSent.delete(id);
    for (const [consultationId, standing] of standings) {
      // The hours are part of the key: a shift starting or ending is news to everyone waiting, even in the same place.
      const key = `${standing.position}:${standing.estimatedWaitSeconds}:${service.open}:${service.nextOpening}:${service.closesAt}`;
      if (!full && lastSent.get(consultationId) === key) continue;
      lastSent.set(consultationId, key);
      visitors.to(rooms.consultation(consultationId)).emit('consultation:updated', { consultationId, status: 'queued', queue: standing, service });
    }
    emitCostMs = performance.now() - started;
  }

  const offs = [
    events.on('message.created', ({ message, originSocketId }) => {
      const room = rooms.consultation(message.consultationId);
      const except = originSocketId ? [originSocketId] : [];
      staff.to(room).except(except).emit('message:created', message);
      if (message.visibility === 'all') visitors.to(room).except(except).emit('message:created', message);
    }),
    events.on('consultation.changed', ({ consultation, previousStaffId, requeueReason }) => {
      const room = rooms.consultation(consultation.id);
      // The visitor saw another status meanwhile: a standing equal to the last one sent is news again (claimed and
      // requeued within one debounce, the visitor would otherwise never be told they wait again).
      lastSent.delete(consultation.id);
      if (consultation.status === 'active' && consultation.assignedStaffId) {
        staff.in(rooms.staff(consultation.assignedStaffId)).socketsJoin(room);
      }
      const update = { consultationId: consultation.id, status: consultation.status, consultation };
      let target = staff.to(room);
      if (consultation.assignedStaffId) target = target.to(rooms.staff(consultation.assignedStaffId));
      if (previousStaffId) target = target.to(rooms.staff(previousStaffId));
      target.emit('consultation:updated', update);
      if (previousStaffId) staff.in(rooms.staff(previousStaffId)).socketsLeave(room);
      if (consultation.status !== 'queued') visitors.to(room).emit('consultation:updated', visitorUpdate(consultation));
      else if (requeueReason) tellRequeued(consultation.id, requeueReason).catch((err: unknown) => log.error({ err }, 'requeue notice failed'));
    }),
    events.on('consultation.preferred', ({ consultationId, preferred }) => {
      tellPreferred(consultationId, preferred).catch((err: unknown) => log.error({ err }, 'preferred notice failed'));
    }),
    events.on('staff.sessionsEnded', ({ staffId }) => staff.in(rooms.staff(staffId)).disconnectSockets(true)),
    events.on('staff.sessionEnded', ({ sessionHash }) => staff.in(rooms.session(sessionHash)).disconnectSockets(true)),
    // The queue room carries previews: membership follows the roles a person has now, on every process's sockets.
    events.on('staff.rolesChanged', ({ staffId, canCounsel }) => {
      if (canCounsel) staff.in(rooms.staff(staffId)).socketsJoin(rooms.allStaff);
      else staff.in(rooms.staff(staffId)).socketsLeave(rooms.allStaff);
    }),
    events.on('duty.changed', ({ staffId, onDuty }) => staff.to(rooms.staff(staffId)).emit('duty:updated', { onDuty })),
    events.on('shift.ending', ({ staffId, shiftId, endsAt }) => staff.to(rooms.staff(staffId)).emit('shift:ending', { shiftId, endsAt })),
    events.on('shift.ended', ({ staffId, shiftId, openConsultationIds }) =>
      staff.to(rooms.staff(staffId)).emit('shift:ended', { shiftId, openConsultationIds })),
    events.on('queue.changed', () => {
      timer ??= setTimeout(() => {
        running = running.then(broadcastQueue).catch((err) => log.error({ err }, 'queue broadcast failed'));
      }, Math.max(QUEUE_DEBOUNCE_MS, Math.min(2000, emitCostMs * BROADCAST_SHARE)));
    }),
  ];

  return {
    async flush() {
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
        running = running.then(broadcastQueue).catch((err) => log.error({ err }, 'queue broadcast failed'));
      }
      await running;
    },
    stop() {
      if (timer) clearTimeout(timer);
      offs.forEach((off) => off());
    },
  };
}
