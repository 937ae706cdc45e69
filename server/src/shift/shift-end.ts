import type { Db } from '../db/client.js';
import { consultationRepository } from '../consultation/consultation.repository.js';
import type { DomainEventMap } from '../events/domain-events.js';
import { shiftRepository, type ShiftRow } from './shift.repository.js';
import { endsRunningShift } from './shift.rules.js';

export type ShiftEndedNotice = DomainEventMap['shift.ended'];

/**
 * Run inside the transaction after the change: for each shift as it was before a delete or an edit, whether its
 * person is now off shift at `at` though the shift covered it ("deleting or shortening a running shift applies at
 * once"), with the chats they still hold, to hand over. Published after commit.
 */
export async function endedNotices(db: Db, before: readonly ShiftRow[], at: Date): Promise<ShiftEndedNotice[]> {
  const notices: ShiftEndedNotice[] = [];
  for (const s of before) {
    if (notices.some((n) => n.staffId === s.staffId)) continue;
    if (!endsRunningShift(s, await shiftRepository.covering(db, s.staffId, at), at)) continue;
    const open = await consultationRepository.activeFor(db, s.staffId);
    notices.push({ staffId: s.staffId, shiftId: s.id, openConsultationIds: open.map((c) => c.id) });
  }
  return notices;
}
