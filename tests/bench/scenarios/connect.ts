/**
 * Scenario "connect": V anonymous visitors and C counselors holding V/C chats each, on the service or on B1.
 * Service: counselor = /staff socket (session cookie) + duty:set; visitor = /visitor socket + consultation:start;
 * then each counselor claims its share. B1: the same sockets joining rooms of two.
 */
import type { Socket } from 'socket.io-client';
import { connectSocket, emitAck, must } from '../clients/sockets.js';
import type { Pair, ReceivedLike, Tracker } from '../load/tracker.js';
import type { Target } from '../server-process.js';
import { pool, round } from '../util.js';

export interface Population {
  pairs: Pair[];
  visitors: Socket[];
  counselors: Socket[];
  /** Pair indices held by each counselor. */
  held: number[][];
  figures: ConnectFigures;
}

export interface ConnectFigures {
  visitors: number;
  counselors: number;
  seconds: number;
  /** Sockets connected and bound (consultation started / room joined) per second. */
  socketsPerSecond: number;
  visitorsPerSecond: number;
  /** Service only: the initial claims that give each counselor its chats. */
  claimsPerSecond?: number;
}

const CONCURRENCY = 50;
const share = (v: number, c: number) => Math.ceil(v / c);
const heldBy = (j: number, v: number, c: number) => {
  const k = share(v, c);
  return Array.from({ length: Math.max(0, Math.min(v, (j + 1) * k) - j * k) }, (_, x) => j * k + x);
};

function listen(socket: Socket, tracker: Tracker, side: 'visitor' | 'staff'): void {
  socket.on('message:created', (m: ReceivedLike) => tracker.onMessage(side, m));
}

export async function populateService(target: Target, tracker: Tracker, cookies: string[], visitorCount: number): Promise<Population> {
  const urls = target.urls;
  const t0 = performance.now();
  const counselors = await pool(cookies, CONCURRENCY, async (cookie, j) => {
    const s = await connectSocket(`${urls[j % urls.length]}/staff`, { headers: { cookie } });
    listen(s, tracker, 'staff');
    await must(s, 'duty:set', { onDuty: true });
    return s;
  });
  const tV = performance.now();
  const started = await pool(Array.from({ length: visitorCount }, (_, i) => i), CONCURRENCY, async (i) => {
    const s = await connectSocket(`${urls[i % urls.length]}/visitor`);
    listen(s, tracker, 'visitor');
    const res = await must<{ consultationId: string }>(s, 'consultation:start', { audience: i % 4 === 0 ? 'family' : 'self', topic: 'other' });
    return { socket: s, consultationId: res.consultationId };
  });
  const t1 = performance.now();
  const held = counselors.map((_, j) => heldBy(j, visitorCount, counselors.length));
  await Promise.all(held.map(async (idxs, j) => {
    for (const i of idxs) await must(counselors[j] as Socket, 'consultation:claim', { consultationId: started[i]?.consultationId });
  }));
  const t2 = performance.now();
  const owner = (i: number) => counselors[Math.floor(i / share(visitorCount, counselors.length))] as Socket;
  const pairs: Pair[] = started.map(({ socket, consultationId }, i) => ({
    id: consultationId,
    send: (dir, clientMessageId, body, cb) => (dir === 0
      ? emitAck(socket, 'message:send', { clientMessageId, body }, cb)
      : emitAck(owner(i), 'message:send', { consultationId, clientMessageId, body }, cb)),
  }));
  return {
    pairs, visitors: started.map((s) => s.socket), counselors, held,
    figures: figures(visitorCount, cookies.length, t0, tV, t1, (t2 - t1) / 1000),
  };
}

export async function populateRelay(target: Target, tracker: Tracker, counselorCount: number, visitorCount: number): Promise<Population> {
  const url = target.urls[0] as string;
  const room = (i: number) => `room-${i}`;
  const held = Array.from({ length: counselorCount }, (_, j) => heldBy(j, visitorCount, counselorCount));
  const t0 = performance.now();
  const counselors = await pool(held, CONCURRENCY, async (idxs) => {
    const s = await connectSocket(url);
    listen(s, tracker, 'staff');
    for (const i of idxs) await must(s, 'join', { room: room(i) });
    return s;
  });
  const tV = performance.now();
  const visitors = await pool(Array.from({ length: visitorCount }, (_, i) => i), CONCURRENCY, async (i) => {
    const s = await connectSocket(url);
    listen(s, tracker, 'visitor');
    await must(s, 'join', { room: room(i) });
    return s;
  });
  const t1 = performance.now();
  const k = share(visitorCount, counselorCount);
  const pairs: Pair[] = visitors.map((socket, i) => ({
    id: room(i),
    send: (dir, clientMessageId, body, cb) => emitAck(dir === 0 ? socket : (counselors[Math.floor(i / k)] as Socket), 'message:send',
      { room: room(i), clientMessageId, body, sender: dir === 0 ? 'visitor' : 'staff' }, cb),
  }));
  return { pairs, visitors, counselors, held, figures: figures(visitorCount, counselorCount, t0, tV, t1) };
}

function figures(v: number, c: number, t0: number, tV: number, t1: number, claimSeconds?: number): ConnectFigures {
  const seconds = (t1 - t0) / 1000;
  return {
    visitors: v,
    counselors: c,
    seconds: round(seconds),
    socketsPerSecond: Math.round((v + c) / seconds),
    visitorsPerSecond: Math.round(v / ((t1 - tV) / 1000)),
    ...(claimSeconds !== undefined ? { claimsPerSecond: Math.round(v / claimSeconds) } : {}),
  };
}

/** Disconnects every socket of the population. */
export function disconnectAll(pop: Population, extra: Socket[] = []): void {
  for (const s of [...pop.visitors, ...pop.counselors, ...extra]) s.disconnect();
}

