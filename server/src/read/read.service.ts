import type { MessagesRead } from '@hidamari/shared';
import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import { readRepository as repo } from './read.repository.js';
import { nextReadSeq, readMarkRefusal } from './read.rules.js';

export type ReadService = ReturnType<typeof createReadService>;

/** Read marks (the counselor has seen the visitor's messages) and the visitor's presence, both as consultation columns. */
export function createReadService(deps: { db: Db; events: Pick<DomainEvents, 'publish'>; now?: () => Date }) {
  const { db, events } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    /** The assignee's mark: raised (never lowered); the visitor is told only when it moved. */
    async markRead(staffId: string, { consultationId, upToSeq }: MessagesRead): Promise<{ upToSeq: number }> {
      const c = await repo.state(db, consultationId);
      const refusal = readMarkRefusal(c ?? null, staffId);
      if (refusal) throw refusal;
      if (nextReadSeq(c!.staffReadSeq, upToSeq, c!.lastSeq) === c!.staffReadSeq) return { upToSeq: c!.staffReadSeq };
      const raised = await repo.raise(db, consultationId, staffId, upToSeq);
      if (raised === undefined) return { upToSeq: await repo.readUpTo(db, consultationId) };
      events.publish('consultation.read', { consultationId, upToSeq: raised });
      return { upToSeq: raised };
    },

    readUpTo: (consultationId: string) => repo.readUpTo(db, consultationId),

    /** Whether any socket of the visitor is connected now (the caller counts them across processes). */
    async setVisitorPresence(consultationId: string, connected: boolean): Promise<void> {
      const changed = await repo.setPresence(db, consultationId, connected, now());
      if (changed) events.publish('visitor.presence', { consultationId, connected, since: changed.since.toISOString() });
    },
  };
}
