import { AuditAction } from '@hidamari/shared';
import { auditRepository } from '../audit/audit.repository.js';
import type { Db } from '../db/client.js';
import { historyDeleteRefusal } from '../history/history.rules.js';
import { retentionRepository as repo } from './retention.repository.js';
import { addCounts, noPurge, PURGE_BATCH, purgeContinues, retentionCutoff, visitorDeleteRefusal, type PurgeCounts } from './retention.rules.js';

export type RetentionService = ReturnType<typeof createRetentionService>;

/**
 * The purge of closed consultations' content after RETENTION_DAYS, and the visitor's own deletion. Each batch is one
 * transaction: the rows are locked with SKIP LOCKED (processes purging at once split the work), purged, and the
 * audit row (counts only) commits with them.
 */
export function createRetentionService(deps: { db: Db; retentionDays: number; now?: () => Date }) {
  const { db, retentionDays } = deps;
  const clock = deps.now ?? (() => new Date());

  async function purgeBatch(now: Date): Promise<{ taken: number; counts: PurgeCounts }> {
    return db.transaction(async (tx) => {
      const ids = await repo.lockDue(tx, retentionCutoff(now, retentionDays), PURGE_BATCH);
      if (ids.length === 0) return { taken: 0, counts: noPurge() };
      const counts = await repo.purge(tx, ids, now);
      await auditRepository.record(tx, { action: AuditAction.retentionPurge, staffId: null, data: { ...counts, retentionDays } });
      return { taken: ids.length, counts };
    });
  }

  return {
    /** One round of the scheduled purge (tests call it with their clock's time). */
    async purgeOnce(now = clock()): Promise<PurgeCounts> {
      let total = noPurge();
      for (let batches = 1; ; batches++) {
        const { taken, counts } = await purgeBatch(now);
        total = addCounts(total, counts);
        if (!purgeContinues(taken, batches)) break;
      }
      return total;
    },

    /**
     * The visitor deletes their closed consultation's content at once; the token they hold stops working. Issue 12:
     * in a linked history, "delete my conversations" deletes every consultation of it (each must have ended) and the
     * return key.
     */
    async deleteForVisitor(consultationId: string): Promise<PurgeCounts> {
      return db.transaction(async (tx) => {
        const c = await repo.lockOne(tx, consultationId);
        const refusal = visitorDeleteRefusal(c ?? null);
        if (refusal) throw refusal;
        const members = c!.historyId ? await repo.lockHistory(tx, c!.historyId) : [];
        const historyRefusal = historyDeleteRefusal(members);
        if (historyRefusal) throw historyRefusal;
        const ids = members.length > 0 ? members.map((m) => m.id) : [consultationId];
        const counts = await repo.purge(tx, ids, clock());
        const data = ids.length > 1 ? { messages: counts.messages, consultations: counts.consultations } : { messages: counts.messages };
        await auditRepository.record(tx, { action: AuditAction.visitorDelete, staffId: null, consultationId, data });
        return counts;
      });
    },
  };
}
