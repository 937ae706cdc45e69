import { AuditAction, type ConsultationHistory, type LinkedHistory, type ReferralCard, type ReturnKeyChecked } from '@hidamari/shared';
import { auditRepository } from '../audit/audit.repository.js';
import { consultationRepository } from '../consultation/consultation.repository.js';
import { open } from '../crypto/index.js';
import type { Db } from '../db/client.js';
import { timelineRepository } from '../timeline/timeline.repository.js';
import { timelineAccessRefusal } from '../timeline/timeline.rules.js';
import { historyRepository as repo, type HistoryMemberRow } from './history.repository.js';
import { linkedSummary, returnKeyRefusal, unknownReturnKey } from './history.rules.js';
import { newReturnKey, returnKeyHash } from './return-key.js';

export type HistoryService = ReturnType<typeof createHistoryService>;

const summaryOf = (members: HistoryMemberRow[]): LinkedHistory => linkedSummary(members);

/**
 * Returning visitors (issue 12): the return key a visitor keeps after a chat, what it opens, and the earlier
 * consultations the counselor of a linked chat sees. Only the key's hash is stored; keep and forget are audited
 * without it.
 */
export function createHistoryService(deps: { db: Db }) {
  const { db } = deps;

  async function lockedClosed(tx: Db, consultationId: string, action: 'keep' | 'forget') {
    const c = await consultationRepository.byIdForUpdate(tx, consultationId);
    const refusal = returnKeyRefusal(c ?? null, action);
    if (refusal) throw refusal;
    return c!;
  }

  return {
    /** A fresh key for the consultation's history (made now if it has none); the history's older key stops working. */
    async keep(consultationId: string): Promise<{ returnKey: string }> {
      const returnKey = newReturnKey();
      await db.transaction(async (tx) => {
        const c = await lockedClosed(tx, consultationId, 'keep');
        let historyId = c.historyId;
        if (!historyId) {
          historyId = await repo.create(tx);
          await consultationRepository.update(tx, c.id, { historyId });
        }
        await repo.setKeyHash(tx, historyId, returnKeyHash(returnKey));
        await auditRepository.record(tx, { action: AuditAction.returnKeyKeep, staffId: null, consultationId });
      });
      return { returnKey };
    },

    /** The history's key opens nothing any more; its consultations stay until retention. No history: nothing to forget. */
    async forget(consultationId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const c = await lockedClosed(tx, consultationId, 'forget');
        if (c.historyId) await repo.setKeyHash(tx, c.historyId, null);
        await auditRepository.record(tx, { action: AuditAction.returnKeyForget, staffId: null, consultationId });
      });
    },

    /** What a key opens, for the visitor's "welcome back" confirmation; unknown → NOT_FOUND on `returnKey`. */
    async check(returnKey: string): Promise<ReturnKeyChecked> {
      const historyId = await repo.byKeyHash(db, returnKeyHash(returnKey));
      if (!historyId) throw unknownReturnKey();
      const [members, sealed] = await Promise.all([repo.members(db, historyId), repo.sealedCards(db, historyId)]);
      const last = members.at(-1);
      return {
        ...summaryOf(members),
        lastConsultationAt: (last?.createdAt ?? new Date()).toISOString(),
        cards: sealed.map((s) => JSON.parse(open(s)) as ReferralCard),
      };
    },

    /**
     * Inside the start transaction: the history a confirmed key opens (its row locked, so a forget or deletion at the
     * same moment either comes first or waits) and what the new consultation is linked to. Unknown → NOT_FOUND.
     */
    async linkAtStart(tx: Db, returnKey: string): Promise<{ historyId: string; linked: LinkedHistory }> {
      const historyId = await repo.byKeyHash(tx, returnKeyHash(returnKey), { lock: true });
      if (!historyId) throw unknownReturnKey();
      return { historyId, linked: summaryOf(await repo.members(tx, historyId)) };
    },

    /** The earlier consultations linked to this one, oldest first: for its counselor or a supervisor (as the timeline). */
    async forStaff(readerId: string, consultationId: string): Promise<ConsultationHistory> {
      const [c, reader] = await Promise.all([consultationRepository.byId(db, consultationId), timelineRepository.reader(db, readerId)]);
      const refusal = timelineAccessRefusal(c ?? null, reader ?? null);
      if (refusal) throw refusal;
      if (!c!.historyId) return { consultations: [] };
      const members = (await repo.members(db, c!.historyId)).filter((m) => m.id !== consultationId);
      return {
        consultations: members.map((m) => ({
          id: m.id,
          createdAt: m.createdAt.toISOString(),
          closedAt: m.closedAt ? m.closedAt.toISOString() : null,
          topic: m.topic,
          audience: m.audience,
          outcome: m.outcome ?? null,
          tags: m.tags,
          counselorName: m.counselorName,
          hasTranscript: m.contentPurgedAt === null,
        })),
      };
    },
  };
}
