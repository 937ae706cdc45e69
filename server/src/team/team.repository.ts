import type { Role } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { iso, rows } from '../db/raw.js';

export interface LiveRow {
  staffId: string;
  displayName: string;
  roles: Role[];
  onDuty: boolean;
  maxConcurrent: number;
  load: number;
  shift: { id: string; role: Role; startsAt: string; endsAt: string } | null;
}

interface Raw {
  id: string;
  display_name: string;
  roles: Role[];
  on_duty: boolean;
  max_concurrent: number;
  load: number;
  shift_id: string | null;
  shift_role: Role | null;
  starts_at: Date | string | null;
  ends_at: Date | string | null;
}

export const teamRepository = {
  /**
   * Every active staff member with the shift that covers `now` (the one ending last, should two touch) and the
   * active chats they hold: one statement, so the three agree with each other. Load counts on the assigned-chat index.
   */
  async live(db: Db, now: Date): Promise<LiveRow[]> {
    const at = now.toISOString();
    const r = await rows<Raw>(
      db,
      sql`SELECT s.id, s.display_name, s.roles, s.on_duty, s.max_concurrent,
                 (SELECT count(*)::int FROM consultations c WHERE c.assigned_staff_id = s.id AND c.status = 'active') AS load,
                 sh.id AS shift_id, sh.role AS shift_role, sh.starts_at, sh.ends_at
            FROM staff s
            LEFT JOIN LATERAL (SELECT id, role, starts_at, ends_at FROM shifts
                                WHERE staff_id = s.id AND starts_at <= ${at}::timestamptz AND ends_at > ${at}::timestamptz
                                ORDER BY ends_at DESC LIMIT 1) sh ON true
           WHERE s.active`,
    );
    return r.map((x) => ({
      staffId: x.id,
      displayName: x.display_name,
      roles: x.roles,
      onDuty: x.on_duty,
      maxConcurrent: x.max_concurrent,
      load: x.load,
      shift: x.shift_id ? { id: x.shift_id, role: x.shift_role!, startsAt: iso(x.starts_at)!, endsAt: iso(x.ends_at)! } : null,
    }));
  },
};
