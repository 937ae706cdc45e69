import { AppError, type Audience, type PreferChoice, type PreferredCounselor, type QueueStanding } from '@hidamari/shared';
import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import { consultationRepository } from '../consultation/consultation.repository.js';
import type { QueueService } from '../consultation/queue.service.js';
import { SWEEP_BATCH } from '../consultation/sweep.rules.js';
import { settingsRepository } from '../settings/settings.repository.js';
import { resolveSettings } from '../settings/settings.rules.js';
import { routingRepository as repo } from './routing.repository.js';
import { familyTeamAtStart, preferDecision, reservationAtStart, toPreferredCounselor, visitorPreferred } from './routing.rules.js';

export interface RouteAtStartInput {
  consultationId: string;
  audience: Audience;
  historyId: string | null;
  preferCounselor: boolean;
  now: Date;
}

/** The reservations in force among these consultations, by consultation id (one read, only when some row has one). */
export async function preferredOf(db: Db, ids: readonly string[], now: Date): Promise<Map<string, PreferredCounselor>> {
  const found = await repo.preferredFor(db, ids, now);
  return new Map(found.map((p) => [p.consultationId, toPreferredCounselor(p, now)]));
}

export type RoutingService = ReturnType<typeof createRoutingService>;

/**
 * Issue 12: the same counselor for a returning visitor who asks, the family team for families. Routing is decided once,
 * inside the start transaction; afterwards the reservation lives as columns that the claim, the sweeper and the
 * visitor's own choice (`consultation:prefer`) read and end.
 */
export function createRoutingService(deps: {
  db: Db;
  events: Pick<DomainEvents, 'publish'>;
  queue: Pick<QueueService, 'standingOf'>;
  now?: () => Date;
}) {
  const { db, events } = deps;
  const clock = deps.now ?? (() => new Date());

  /** Tells the visitor (every device) what the reservation is now; null: it ended and any counselor may take the chat. */
  async function tell(consultationId: string): Promise<void> {
    const p = (await preferredOf(db, [consultationId], clock())).get(consultationId);
    events.publish('consultation.preferred', { consultationId, preferred: p ? visitorPreferred(p) : null });
  }

  return {
    /**
     * Inside the start transaction, after the insert: reserves the chat for the asked-for counselor or sends a family's
     * chat to the family team, and says when an off-duty counselor is next on shift (absent: nothing to tell).
     * Settings are read on `tx`: the start holds its connection (PGlite has one).
     */
    async routeAtStart(tx: Db, input: RouteAtStartInput): Promise<{ counselorNextShiftAt?: string | null; changed: boolean }> {
      const { consultationId: id, now } = input;
      // Most starts ask for nobody and are not a family's: they cost routing no query at all.
      if (!(input.preferCounselor && input.historyId) && input.audience !== 'family') return { changed: false };
      const settings = resolveSettings(await settingsRepository.all(tx));
      let reserved = false;
      let routedToTeam = false;
      let told: { counselorNextShiftAt?: string | null } = {};
      if (input.preferCounselor && input.historyId) {
        const asked = await repo.askedFor(tx, input.historyId, id, now);
        const next = asked && !asked.onDuty ? await repo.nextShift(tx, asked.staffId, now) : null;
        const { reservation, counselorNextShiftAt } = reservationAtStart(asked, next, now, settings.preferredCounselorOfferSeconds);
        if (reservation) {
          await repo.reserve(tx, id, reservation);
          await consultationRepository.addEvent(tx, id, 'preferred_offered', null, {
            preferredStaffId: reservation.staffId, mode: reservation.mode, until: reservation.until.toISOString(),
          });
          reserved = true;
        }
        if (counselorNextShiftAt !== undefined) told = { counselorNextShiftAt };
      }
      if (input.audience === 'family' && !reserved && settings.familyTeam !== '') {
        const team = familyTeamAtStart(input.audience, reserved, settings.familyTeam, await repo.membersOnDuty(tx, settings.familyTeam, now));
        if (team) {
          await repo.requestTeam(tx, id, team);
          routedToTeam = true;
        }
      }
      return { ...told, changed: reserved || routedToTeam };
    },

    /** The visitor's answer while their counselor is awaited: wait, leave a message, or anyone now. */
    async prefer(consultationId: string, choice: PreferChoice): Promise<{ queue: QueueStanding }> {
      const changed = await db.transaction(async (tx) => {
        const c = await consultationRepository.byIdForUpdate(tx, consultationId);
        const decision = preferDecision(c ?? null, choice, clock());
        if (decision instanceof AppError) throw decision;
        if (decision === 'unchanged') return false;
        if ('clear' in decision) await repo.release(tx, [consultationId]);
        else await repo.setMode(tx, consultationId, decision.mode);
        await consultationRepository.addEvent(tx, consultationId, 'preference_changed', null, { choice });
        return true;
      });
      if (changed) {
        events.publish('queue.changed', {});
        await tell(consultationId);
      }
      const standing = await deps.queue.standingOf(consultationId);
      return { queue: standing ?? { position: 1, estimatedWaitSeconds: null } };
    },

    /** Sweeper step, inside its transaction: reservations whose time is up end (at most SWEEP_BATCH a round). */
    async expireWithin(tx: Db, now: Date): Promise<string[]> {
      const lapsed = await repo.lapsed(tx, now, SWEEP_BATCH);
      await repo.release(tx, lapsed.map((l) => l.id));
      for (const l of lapsed) await consultationRepository.addEvent(tx, l.id, 'preference_expired', null, { preferredStaffId: l.staffId });
      return lapsed.map((l) => l.id);
    },

    /** After the sweep commits: everyone's queue shows the chats as open to all, and each visitor is told. */
    announceExpired(ids: readonly string[]): void {
      if (ids.length === 0) return;
      events.publish('queue.changed', {});
      for (const consultationId of ids) events.publish('consultation.preferred', { consultationId, preferred: null });
    },
  };
}
