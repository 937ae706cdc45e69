import { and, eq, inArray } from 'drizzle-orm';
import type { AuthService } from '../auth/auth.service.js';
import type { Db } from '../db/client.js';
import { consultations } from '../db/schema.js';
import { staffRepository } from '../staff/staff.repository.js';

export type PresenceService = ReturnType<typeof createPresenceService>;

/**
 * Presence that routing depends on, as rows: each process refreshes `last_seen_at`
 * for the people connected to it. A crashed process simply stops refreshing, and
 * the sweeper treats its people as gone once the grace period passes.
 */
export function createPresenceService(deps: { db: Db; auth: Pick<AuthService, 'extendConnected'> }) {
  const { db, auth } = deps;
  return {
    async refresh(staffIds: string[], consultationIds: string[]): Promise<void> {
      await staffRepository.touch(db, staffIds);
      // A connected socket is use: its person's sessions do not go idle while it stays.
      await auth.extendConnected(staffIds);
      if (consultationIds.length > 0) {
        // Only queued ones: presence matters for abandoning a queue place, and an active chat's row is left
        // unlocked for its messages (a bulk update would make every message of the moment wait on it).
        await db
          .update(consultations)
          .set({ visitorSeenAt: new Date() })
          .where(and(inArray(consultations.id, consultationIds), eq(consultations.status, 'queued')));
      }
    },
  };
}
