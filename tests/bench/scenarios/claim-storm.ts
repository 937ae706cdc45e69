/**
 * Scenario "claim storm": N consultations wait in the queue; every counselor starts taking at once — all of them on
 * the head of the queue first (the N-way race on one chat), then each on random picks among those it does not know
 * to be taken (as a counselor does from a live queue list), one claim in flight per counselor.
 * Counts wins per consultation from the acks, from each counselor's own list, and from what each visitor is told.
 */
import type { Socket } from 'socket.io-client';
import { call, connectSocket, must } from '../clients/sockets.js';
import type { Target } from '../server-process.js';
import { pool, round, sleep, waitUntil } from '../util.js';
import type { Population } from './connect.js';

export interface StormFigures {
  consultations: number;
  counselors: number;
  /** Seconds from the first claim to the last consultation won (null if some were never claimed). */
  drainSeconds: number | null;
  claimsPerSecond: number;
  attempts: number;
  alreadyClaimed: number;
  atCapacity: number;
  otherErrors: Record<string, number>;
  unclaimed: number;
  /** Consultations won by more than one counselor (acks), listed by more than one, or shown two counselors. */
  doubleByAck: number;
  doubleByList: number;
  doubleSeenByVisitor: number;
  listMissing: number;
}

interface UpdateLike { consultationId: string; status: string; counselorName?: string }

/** Closes every chat the population holds so the counselors have room for the storm; returns closes per second. */
export async function closeAll(pop: Population): Promise<number> {
  const t0 = performance.now();
  await Promise.all(pop.held.map(async (idxs, j) => {
    for (const i of idxs) await must(pop.counselors[j] as Socket, 'consultation:close', { consultationId: pop.pairs[i]?.id, outcome: 'listened' });
  }));
  const n = pop.held.reduce((s, h) => s + h.length, 0);
  return Math.round(n / ((performance.now() - t0) / 1000));
}

export async function claimStorm(target: Target, counselors: Socket[], n: number): Promise<{ figures: StormFigures; visitors: Socket[] }> {
  const seen = new Map<string, Set<string>>();
  const visitors = await pool(Array.from({ length: n }, (_, i) => i), 50, async (i) => {
    const s = await connectSocket(`${target.urls[i % target.urls.length]}/visitor`);
    const res = await must<{ consultationId: string }>(s, 'consultation:start', { audience: 'self', topic: 'mind-health', message: 'はじめまして。相談したいことがあります。' });
    s.on('consultation:updated', (u: UpdateLike) => {
      if (u.status === 'active' && u.counselorName) seen.set(u.consultationId, (seen.get(u.consultationId) ?? new Set()).add(u.counselorName));
    });
    return { s, id: res.consultationId };
  });
  const ids = visitors.map((v) => v.id);
  const wins = new Map<string, number[]>();
  const known = new Set<string>();
  const f = { attempts: 0, alreadyClaimed: 0, atCapacity: 0, otherErrors: {} as Record<string, number> };
  let lastWin = 0;
  const t0 = performance.now();
  const deadline = t0 + 30_000;
  const pick = (first: boolean): string | undefined => {
    if (first) return ids[0];
    const open = ids.filter((id) => !known.has(id));
    return open[Math.floor(Math.random() * open.length)];
  };
  await Promise.all(counselors.map(async (socket, j) => {
    for (let k = 0; k < 3 * n && known.size < n && performance.now() < deadline; k++) {
      const id = pick(k === 0);
      if (!id) break;
      f.attempts++;
      const res = await call(socket, 'consultation:claim', { consultationId: id }).catch(() => ({ ok: false, error: { code: 'ACK_TIMEOUT' } }));
      if (res.ok) {
        wins.set(id, [...(wins.get(id) ?? []), j]);
        known.add(id);
        lastWin = performance.now();
      } else if (res.error?.code === 'ALREADY_CLAIMED') {
        f.alreadyClaimed++;
        known.add(id);
      } else if (res.error?.code === 'AT_CAPACITY') {
        f.atCapacity++;
        return;
      } else {
        const code = res.error?.code ?? 'UNKNOWN';
        f.otherErrors[code] = (f.otherErrors[code] ?? 0) + 1;
        await sleep(5);
      }
    }
  }));
  const won = [...wins.keys()].length;
  const drain = won === n ? (lastWin - t0) / 1000 : null;
  await waitUntil(() => seen.size >= won, 2000);
  const listed = new Map<string, number>();
  await Promise.all(counselors.map(async (s) => {
    const res = await must<{ consultations: { id: string }[] }>(s, 'consultations:list', {});
    for (const c of res.consultations) listed.set(c.id, (listed.get(c.id) ?? 0) + 1);
  }));
  const figures: StormFigures = {
    consultations: n,
    counselors: counselors.length,
    drainSeconds: drain === null ? null : round(drain, 3),
    claimsPerSecond: drain ? Math.round(n / drain) : 0,
    ...f,
    unclaimed: n - won,
    doubleByAck: [...wins.values()].filter((w) => w.length > 1).length,
    doubleByList: ids.filter((id) => (listed.get(id) ?? 0) > 1).length,
    doubleSeenByVisitor: [...seen.values()].filter((names) => names.size > 1).length,
    listMissing: [...wins.keys()].filter((id) => !listed.has(id)).length,
  };
  return { figures, visitors: visitors.map((v) => v.s) };
}
