import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { consultationEvents, consultations, staff } from '../db/schema.js';
import { openEventData } from '../crypto/event-data.js';

export interface TimelineRow {
  id: number;
  type: string;
  actorStaffId: string | null;
  actorName: string | null;
  data: unknown;
  createdAt: Date;
}

export const timelineRepository = {
  /** The consultation's status and assignee, for the access rule. */
  async consultation(db: Db, id: string): Promise<{ status: typeof consultations.$inferSelect.status; assignedStaffId: string | null } | undefined> {
    const [row] = await db
      .select({ status: consultations.status, assignedStaffId: consultations.assignedStaffId })
      .from(consultations)
      .where(eq(consultations.id, id));
    return row;
  },

  async reader(db: Db, id: string): Promise<{ id: string; roles: string[]; active: boolean } | undefined> {
    const [row] = await db.select({ id: staff.id, roles: staff.roles, active: staff.active }).from(staff).where(eq(staff.id, id));
    return row;
  },

  /** The newest `limit` event rows with their actor's name, oldest first (the id orders them as they committed their inserts). */
  async events(db: Db, consultationId: string, limit: number): Promise<TimelineRow[]> {
    const rows = await db
      .select({
        id: consultationEvents.id, type: consultationEvents.type, actorStaffId: consultationEvents.actorStaffId,
        actorName: staff.displayName, data: consultationEvents.data, createdAt: consultationEvents.createdAt,
      })
      .from(consultationEvents)
      .leftJoin(staff, eq(staff.id, consultationEvents.actorStaffId))
      .where(eq(consultationEvents.consultationId, consultationId))
      .orderBy(desc(consultationEvents.id))
      .limit(limit);
    return rows.reverse().map((r) => ({ ...r, data: openEventData(r.type, r.data) as typeof r.data }));
  },

  async names(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db.select({ id: staff.id, name: staff.displayName }).from(staff).where(inArray(staff.id, [...ids]));
    return new Map(rows.map((r) => [r.id, r.name]));
  },
};
