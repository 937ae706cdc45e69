import { QUEUE_LIST_LIMIT, type PreferredCounselor, type QueueSnapshot, type QueueStanding, type VisitorServiceHours } from '@hidamari/shared';
import type { Db } from '../db/client.js';
import type { ShiftService } from '../shift/shift.service.js';
import { staffRepository } from '../staff/staff.repository.js';
import { toQueueItem, type ConsultationRow } from './consultation.mapper.js';
import { keepsWaiting, waitForCounselorSeconds } from '../routing/routing.rules.js';
import { preferredOf } from '../routing/routing.service.js';
import { consultationRepository } from './consultation.repository.js';
import { averageHandleSeconds, estimateWait, standings, type Capacity } from './queue.rules.js';

const HANDLE_CACHE_MS = 60_000;

export type QueueService = ReturnType<typeof createQueueService>;

export function createQueueService(deps: { db: Db; shifts: Pick<ShiftService, 'openness'>; now?: () => Date }) {
  const { db, shifts } = deps;
  const now = deps.now ?? (() => new Date());
  let handle: { value: number; at: number } | undefined;

  async function avgHandle(): Promise<number> {
    if (!handle || Date.now() - handle.at > HANDLE_CACHE_MS) {
      handle = { value: averageHandleSeconds(await consultationRepository.recentHandleSeconds(db, 50)), at: Date.now() };
    }
    return handle.value;
  }

  async function capacity(): Promise<Capacity> {
    const at = now();
    const [cap, avgHandleSeconds] = await Promise.all([staffRepository.capacity(db, at), avgHandle()]);
    let secondsUntilOpening: number | null = null;
    if (cap.onDuty === 0) {
      const { open, nextOpening } = await shifts.openness();
      secondsUntilOpening = open ? 0 : nextOpening ? Math.max(0, (nextOpening.getTime() - at.getTime()) / 1000) : null;
    }
    return { ...cap, avgHandleSeconds, secondsUntilOpening };
  }

  /** Issue 12: the reservations in force among the rows read (a second read only when some row has one). */
  async function reservations(rows: readonly ConsultationRow[]): Promise<Map<string, PreferredCounselor>> {
    const ids = rows.filter((r) => r.preferredStaffId).map((r) => r.id);
    return ids.length ? preferredOf(db, ids, now()) : new Map();
  }

  /** The hours a waiting visitor is shown beside their place, so both always come from the same moment. */
  async function hours(): Promise<VisitorServiceHours> {
    const { open, closesAt, nextOpening } = await shifts.openness();
    return { open, nextOpening: open ? null : (nextOpening?.toISOString() ?? null), closesAt: open ? (closesAt?.toISOString() ?? null) : null };
  }

  return {
    /** What staff screens show: the most urgent waiting chats and how many wait in all. */
    async snapshot(): Promise<QueueSnapshot> {
      const [rows, total] = await Promise.all([consultationRepository.queued(db, QUEUE_LIST_LIMIT), consultationRepository.queuedTotal(db)]);
      const preferred = await reservations(rows);
      return { items: rows.map((r) => toQueueItem(r, preferred.get(r.id))), total };
    },

    /**
     * The staff list, and fresh standings for the first QUEUE_LIST_LIMIT waiting, from one bounded read of the
     * queue: a broadcast costs the same with 200 waiting or 20,000. Those further back keep the standing they
     * were last sent (on start, on reconnect, or while they were nearer the front) until they come within the
     * first QUEUE_LIST_LIMIT. That is honest because a place in the queue only improves while one waits (those
     * ahead are taken or leave), so an older number errs on the long side; the rare exception, a requeued chat
     * or a higher risk placed ahead, moves someone back a place or two, which they are told on reaching the front
     * part of the queue or on their next reconnect.
     */
    async broadcastState(): Promise<QueueSnapshot & { standings: Map<string, QueueStanding>; service: VisitorServiceHours }> {
      const [rows, total, cap, service] = await Promise.all([
        consultationRepository.queued(db, QUEUE_LIST_LIMIT),
        consultationRepository.queuedTotal(db),
        capacity(),
        hours(),
      ]);
      const preferred = await reservations(rows);
      const placed = standings(rows.map((r) => r.id), cap);
      // Issue 12: a visitor waiting for their own counselor waits until that counselor's shift, whatever their place.
      for (const [id, p] of preferred) {
        const standing = placed.get(id);
        if (standing && p.nextShiftAt) placed.set(id, { ...standing, estimatedWaitSeconds: waitForCounselorSeconds(p.nextShiftAt, now()) });
      }
      return { items: rows.map((r) => toQueueItem(r, preferred.get(r.id))), total, standings: placed, service };
    },

    hours,

    /** One visitor's place: counts those ahead on the queue index, so it costs as much as the position, not the queue. */
    async standingOf(consultationId: string): Promise<QueueStanding | undefined> {
      const [place, cap] = await Promise.all([consultationRepository.queuedPlace(db, consultationId), capacity()]);
      if (!place) return undefined;
      const position = place.ahead + 1;
      // Issue 12: waiting for their own counselor (read with the place, so no extra query otherwise): until that shift
      // starts; once it has, their place counts as anyone's.
      if (keepsWaiting({ status: 'queued', ...place }, now())) {
        const p = (await preferredOf(db, [consultationId], now())).get(consultationId);
        if (p?.nextShiftAt) return { position, estimatedWaitSeconds: waitForCounselorSeconds(p.nextShiftAt, now()) };
      }
      return { position, estimatedWaitSeconds: estimateWait(position, cap) };
    },
  };
}
