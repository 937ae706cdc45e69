import type { ConsultationHandover } from '@hidamari/shared';
import type { Db } from '../db/client.js';
import { consultationRepository as repo } from './consultation.repository.js';
import { HANDOVER_PRIORITY, HANDOVER_VISITOR_NOTICE, handoverNote, staffAccessRefusal } from './consultation.rules.js';
import type { RequeueService } from './requeue.service.js';

export type HandoverService = ReturnType<typeof createHandoverService>;

/**
 * The hand-over at a shift's end, until hand-offs to a named colleague exist: the assignee returns the chat to the
 * front of the queue with a staff-only note, which the next counselor reads as the newest line of the transcript.
 * The drop rules of requeue.service do the rest (event, note, announcement), so a hand-over and a drop look alike.
 */
export function createHandoverService(deps: { db: Db; requeue: Pick<RequeueService, 'requeueWithin' | 'announce'> }) {
  const { db, requeue } = deps;

  return {
    async handover(staffId: string, input: ConsultationHandover): Promise<void> {
      const requeued = await db.transaction(async (tx) => {
        const c = await repo.byIdForUpdate(tx, input.consultationId);
        const refusal = staffAccessRefusal(c ?? null, staffId, { write: true });
        if (refusal) throw refusal;
        return requeue.requeueWithin(tx, [{ id: c!.id, previous: staffId }], 'shift_handover', {
          note: handoverNote(input.note),
          visitorNotice: HANDOVER_VISITOR_NOTICE[c!.locale],
          // Ahead of ordinary arrivals; a chat already ranked higher keeps its place.
          priority: Math.max(c!.priority, HANDOVER_PRIORITY),
        });
      });
      await requeue.announce(requeued);
    },
  };
}
