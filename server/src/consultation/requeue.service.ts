import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import { toWireMessage } from '../message/message.mapper.js';
import { messageRepository, type MessageRow } from '../message/message.repository.js';
import type { ConsultationRow } from './consultation.mapper.js';
import { consultationRepository as repo } from './consultation.repository.js';
import { REQUEUE_NOTES, type RequeueReason } from './consultation.rules.js';
import type { ConsultationService } from './consultation.service.js';

/** A chat put back in the queue, and the staff-only note that says why. */
export interface Requeued {
  row: ConsultationRow;
  previous: string;
  note: MessageRow | null;
}

export type RequeueService = ReturnType<typeof createRequeueService>;

/**
 * The drop rules, one implementation for every reason a counselor loses their chats (connection gone past the
 * grace period, role or account changed): back to the queue with an event and a staff-only note, announced after commit.
 */
export function createRequeueService(deps: { events: Pick<DomainEvents, 'publish'>; consultations: Pick<ConsultationService, 'changed'> }) {
  const { events, consultations } = deps;

  /** Inside the caller's transaction; each chat is locked by the caller and was found still active with `previous` as its counselor. */
  async function requeueWithin(tx: Db, locked: readonly { id: string; previous: string }[], reason: RequeueReason): Promise<Requeued[]> {
    const out: Requeued[] = [];
    for (const { id, previous } of locked) {
      await repo.addEvent(tx, id, 'requeued', previous, { reason });
      const note = await messageRepository.append(tx, {
        consultationId: id, sender: 'system', senderStaffId: null, senderName: null, body: REQUEUE_NOTES[reason], visibility: 'staff',
        clientMessageId: null, requireAssignee: null,
      });
      out.push({ row: await repo.update(tx, id, { status: 'queued', assignedStaffId: null, claimedAt: null }), previous, note });
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
      for (const { row, previous, note } of requeued) {
        await consultations.changed(row, previous);
        if (note) events.publish('message.created', { message: toWireMessage(note) });
      }
      if (requeued.length > 0) events.publish('queue.changed', {});
    },
  };
}
