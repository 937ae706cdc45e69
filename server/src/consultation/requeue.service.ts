import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import { toWireMessage } from '../message/message.mapper.js';
import { messageRepository, type MessageRow } from '../message/message.repository.js';
import type { ConsultationRow } from './consultation.mapper.js';
import { consultationRepository as repo } from './consultation.repository.js';
import { REQUEUE_NOTES, type RequeueReason } from './consultation.rules.js';
import type { ConsultationService } from './consultation.service.js';
import { requeuePriority, VISITOR_REQUEUE_REASON } from './requeue.rules.js';

/** A chat put back in the queue, the staff-only note that says why, and what the visitor was told (if anything). */
export interface Requeued {
  row: ConsultationRow;
  previous: string;
  note: MessageRow | null;
  visitorNotice?: MessageRow;
  reason: RequeueReason;
}

/** How a hand-over differs from a drop: the counselor's own note, the visitor told, and a place at the front. */
export interface RequeueOptions {
  note?: string;
  visitorNotice?: string;
  priority?: number;
}

export type RequeueService = ReturnType<typeof createRequeueService>;

/**
 * The drop rules, one implementation for every reason a counselor loses their chats (connection gone past the
 * grace period, role or account changed): back to the queue with an event and a staff-only note, announced after commit.
 */
export function createRequeueService(deps: { events: Pick<DomainEvents, 'publish'>; consultations: Pick<ConsultationService, 'view'> }) {
  const { events, consultations } = deps;

  const system = (consultationId: string, body: string, visibility: 'all' | 'staff') => ({
    consultationId, sender: 'system' as const, senderStaffId: null, senderName: null, body, visibility, clientMessageId: null, requireAssignee: null,
  });

  /** Inside the caller's transaction; each chat is locked by the caller and was found still active with `previous` as its counselor. */
  async function requeueWithin(
    tx: Db,
    locked: readonly { id: string; previous: string }[],
    reason: RequeueReason,
    opts: RequeueOptions = {},
  ): Promise<Requeued[]> {
    const out: Requeued[] = [];
    for (const { id, previous } of locked) {
      await repo.addEvent(tx, id, 'requeued', previous, { reason });
      const visitorNotice = opts.visitorNotice ? ((await messageRepository.append(tx, system(id, opts.visitorNotice, 'all'))) ?? undefined) : undefined;
      // The staff note is appended last, so it is the newest line of the transcript the next counselor opens.
      const note = await messageRepository.append(tx, system(id, opts.note ?? REQUEUE_NOTES[reason], 'staff'));
      // The visitor already waited their turn: they go back ahead of ordinary arrivals, as they are told.
      const current = await repo.byId(tx, id);
      const row = await repo.update(tx, id, {
        status: 'queued', assignedStaffId: null, claimedAt: null, priority: requeuePriority(current?.priority ?? 0, opts.priority),
      });
      out.push({ row, previous, note, reason, ...(visitorNotice ? { visitorNotice } : {}) });
    }
    return out;
  }

  return {
    requeueWithin,

    /** Every chat `staffId` holds, inside the caller's transaction (which should hold that staff row's lock, so no claim slips in). */
    async requeueHeldBy(tx: Db, staffId: string, reason: RequeueReason): Promise<Requeued[]> {
      const held = (await repo.activeFor(tx, staffId)).map((c) => c.id).sort();
      const locked: { id: string; previous: string }[] = [];
      // Locked in id order like every multi-row lock here, then re-read: a chat closed meanwhile stays closed.
      for (const id of held) {
        const c = await repo.byIdForUpdate(tx, id);
        if (c?.status === 'active' && c.assignedStaffId === staffId) locked.push({ id, previous: staffId });
      }
      return requeueWithin(tx, locked, reason);
    },

    /** After the commit: the counselor loses each chat, staff in its room get the note, the queue and standings refresh. */
    async announce(requeued: readonly Requeued[]): Promise<void> {
      for (const { row, previous, note, visitorNotice, reason } of requeued) {
        // The visitor is told why (consultation:updated with requeueReason), staff as for any change.
        const consultation = await consultations.view(row);
        events.publish('consultation.changed', { consultation, previousStaffId: previous, requeueReason: VISITOR_REQUEUE_REASON[reason] });
        if (visitorNotice) events.publish('message.created', { message: toWireMessage(visitorNotice) });
        if (note) events.publish('message.created', { message: toWireMessage(note) });
      }
      if (requeued.length > 0) events.publish('queue.changed', {});
    },
  };
}
