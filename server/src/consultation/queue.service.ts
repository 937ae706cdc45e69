import { QUEUE_LIST_LIMIT, type QueueSnapshot, type QueueStanding } from '@hidamari/shared';
import type { Db } from '../db/client.js';
import type { ShiftService } from '../shift/shift.service.js';
import { staffRepository } from '../staff/staff.repository.js';
import { toQueueItem } from './consultation.mapper.js';
import { consultationRepository } from './consultation.repository.js';
import { averageHandleSeconds, estimateWait, standings, type Capacity } from './queue.rules.js';

const HANDLE_CACHE_MS = 60_000;

export type QueueService = ReturnType<typeof createQueueService>;

export function createQueueService(deps: { db: Db; shifts: Pick<ShiftService, 'openness'> }) {
  const { db, shifts } = deps;
  let handle: { value: number; at: number } | undefined;

  async function avgHandle(): Promise<number> {
    if (!handle || Date.now() - handle.at > HANDLE_CACHE_MS) {
      handle = { value: averageHandleSeconds(await consultationRepository.recentHandleSeconds(db, 50)), at: Date.now() };
    }
    return handle.value;
  }

  async function capacity(): Promise<Capacity> {
    const [cap, avgHandleSeconds] = await Promise.all([staffRepository.capacity(db), avgHandle()]);
    let secondsUntilOpening: number | null = null;
    if (cap.onDuty === 0) {
      const { open, nextOpening } = await shifts.openness();
      secondsUntilOpening = open ? 0 : nextOpening ? Math.max(0, (nextOpening.getTime() - Date.now()) / 1000) : null;
    }
    return { ...cap, avgHandleSeconds, secondsUntilOpening };
  }

  return {
    /** What staff screens show: the most urgent waiting chats and how many wait in all. */
    async snapshot(): Promise<QueueSnapshot> {
      const [rows, ids] = await Promise.all([consultationRepository.queued(db, QUEUE_LIST_LIMIT), consultationRepository.queuedIds(db)]);
      return { items: rows.map(toQueueItem), total: ids.length };
    },

    /** Staff list plus every queued consultation's position and estimated wait, from one read of the queue. */
    async broadcastState(): Promise<QueueSnapshot & { standings: Map<string, QueueStanding> }> {
      const [rows, ids, cap] = await Promise.all([
        consultationRepository.queued(db, QUEUE_LIST_LIMIT),
        consultationRepository.queuedIds(db),
        capacity(),
      ]);
      return { items: rows.map(toQueueItem), total: ids.length, standings: standings(ids, cap) };
    },

    async standingOf(consultationId: string): Promise<QueueStanding | undefined> {
      const [ids, cap] = await Promise.all([consultationRepository.queuedIds(db), capacity()]);
      const i = ids.indexOf(consultationId);
      return i < 0 ? undefined : { position: i + 1, estimatedWaitSeconds: estimateWait(i + 1, cap) };
    },
  };
}
