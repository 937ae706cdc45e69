import { TIMELINE_LIMIT, type TimelineEvent } from '@hidamari/shared';
import type { Db } from '../db/client.js';
import { timelineRepository as repo } from './timeline.repository.js';
import { publicData, staffIdsIn, timelineAccessRefusal, withStaffNames } from './timeline.rules.js';

export type TimelineService = ReturnType<typeof createTimelineService>;

/** A consultation's audit trail as its counselor or a supervisor reads it beside the chat. */
export function createTimelineService(deps: { db: Db }) {
  const { db } = deps;

  return {
    async forStaff(readerId: string, consultationId: string): Promise<TimelineEvent[]> {
      const [c, reader] = await Promise.all([repo.consultation(db, consultationId), repo.reader(db, readerId)]);
      const refusal = timelineAccessRefusal(c ?? null, reader ?? null);
      if (refusal) throw refusal;
      const rows = await repo.events(db, consultationId, TIMELINE_LIMIT);
      const data = rows.map((r) => publicData(r.data));
      const names = await repo.names(db, [...new Set(data.flatMap(staffIdsIn))]);
      return rows.map((r, i) => ({
        id: r.id,
        type: r.type,
        ...(r.actorStaffId ? { actor: { staffId: r.actorStaffId, displayName: r.actorName ?? '' } } : {}),
        data: withStaffNames(data[i] ?? {}, names),
        createdAt: r.createdAt.toISOString(),
      }));
    },
  };
}
