/**
 * Scenario "escalate + hand-off" (issue 8): while `rate` messages per second flow through the population's chats,
 * counselors raise emergencies (each on a chat of its own) and hand chats over warm to an on-duty colleague, who
 * accepts the moment the offer arrives. Measured: `consultation:escalate` → `escalation:raised` at every on-duty
 * supervisor, and `handoff:respond` → `handoff:completed` at both counselors. An escalation the server acknowledged
 * that some on-duty supervisor never received is lost; so is an accepted hand-off either side was never told of.
 */
import type { Socket } from 'socket.io-client';
import { call, connectSocket, emitAck, must } from '../clients/sockets.js';
import type { CareProfile } from '../config.js';
import { Latency, type LatencySummary } from '../histogram.js';
import { drain, openLoop } from '../load/open-loop.js';
import type { Tracker } from '../load/tracker.js';
import type { Target } from '../server-process.js';
import { harnessLoop, pool, waitUntil } from '../util.js';
import type { Population } from './connect.js';
import { loadFigures, type LoadFigures } from './steady.js';

/** Cookies of the staff the scenario adds (created and logged in during set-up), and the receivers' staff ids. */
export interface CareStaff { supervisors: string[]; senders: string[]; receivers: string[]; receiverIds: string[] }

interface Outcomes { attempted: number; acked: number; refused: number; unanswered: number; lost: number; errorCodes: Record<string, number> }
export interface CareFigures {
  rate: number;
  seconds: number;
  supervisors: number;
  /** The population's messages meanwhile, as in "steady". */
  messages: LoadFigures;
  /** `toEach`: one sample per escalation and supervisor; `toAll`: until the last supervisor had it. */
  escalations: Outcomes & { toEach: LatencySummary; toAll: LatencySummary };
  /** `acked` = offers made; `accepted`; latency until both counselors had `handoff:completed`. */
  handoffs: Outcomes & { accepted: number; latency: LatencySummary };
}

const WAIT_MS = 5000;
const outcomes = (): Outcomes => ({ attempted: 0, acked: 0, refused: 0, unanswered: 0, lost: 0, errorCodes: {} });
const refuse = (o: Outcomes, code: string | undefined) => {
  o.refused++;
  o.errorCodes[code ?? 'UNKNOWN'] = (o.errorCodes[code ?? 'UNKNOWN'] ?? 0) + 1;
};

export async function escalateAndHandOff(target: Target, tracker: Tracker, pop: Population, staff: CareStaff, p: CareProfile): Promise<CareFigures> {
  const url = (i: number) => target.urls[i % target.urls.length] as string;
  const onDuty = (cookies: string[]) => pool(cookies, 10, async (cookie, j) => {
    const s = await connectSocket(`${url(j)}/staff`, { headers: { cookie } });
    await must(s, 'duty:set', { onDuty: true });
    return s;
  });
  const [sups, senders, receivers] = [await onDuty(staff.supervisors), await onDuty(staff.senders), await onDuty(staff.receivers)];
  const lanes = senders.length;

  // Arrival times per escalation id, one slot per supervisor (an arrival may come before the raiser's ack).
  const arrivals = new Map<string, number[]>();
  sups.forEach((s, j) => s.on('escalation:raised', (r: { escalation: { id: string }; realert?: true }) => {
    if (r.realert) return;
    const slots = arrivals.get(r.escalation.id) ?? new Array<number>(sups.length).fill(Number.NaN);
    if (Number.isNaN(slots[j])) slots[j] = performance.now();
    arrivals.set(r.escalation.id, slots);
  }));

  const h = { ...outcomes(), accepted: 0 };
  const offered = new Set<string>();
  const accepted = new Set<string>();
  const responded = new Map<string, number>();
  let answers = 0;
  const completed = new Map<string, { sender?: number; receiver?: number }>();
  const complete = (side: 'sender' | 'receiver') => ({ handoffId }: { handoffId: string }) => {
    const c = completed.get(handoffId) ?? {};
    c[side] ??= performance.now();
    completed.set(handoffId, c);
  };
  senders.forEach((s) => s.on('handoff:completed', complete('sender')));
  receivers.forEach((s) => {
    s.on('handoff:completed', complete('receiver'));
    // The colleague accepts the moment the offer arrives: what is timed is the server's part, not a person's.
    s.on('handoff:offered', ({ handoffId }: { handoffId: string }) => {
      responded.set(handoffId, performance.now());
      emitAck(s, 'handoff:respond', { handoffId, accept: true }, (err, ack) => {
        answers++;
        if (err || !ack) h.unanswered++;
        else if (ack.ok) {
          h.accepted++;
          accepted.add(handoffId);
        }
        else refuse(h, ack.error?.code);
      });
    });
  });

  // Chats to hand over: visitors of their own, each claimed by its lane's sender before the window opens.
  const handoffChats = await pool(Array.from({ length: p.handoffs }, (_, k) => k), 10, async (k) => {
    const v = await connectSocket(`${url(k)}/visitor`);
    const { consultationId } = await must<{ consultationId: string }>(v, 'consultation:start', { audience: 'family', topic: 'family' });
    await must(senders[k % lanes] as Socket, 'consultation:claim', { consultationId });
    return { visitor: v, consultationId };
  });

  const e = outcomes();
  const raisedAt = new Map<string, number>();
  const escalate = async (k: number) => {
    const j = k % pop.counselors.length;
    const chat = pop.pairs[pop.held[j]?.[Math.floor(k / pop.counselors.length)] ?? -1];
    if (!chat) return;
    e.attempted++;
    const t0 = performance.now();
    const ack = await call<{ escalation?: { id: string } }>(pop.counselors[j] as Socket, 'consultation:escalate', { consultationId: chat.id, level: 'emergency', note: 'bench' })
      .catch(() => undefined);
    if (!ack) e.unanswered++;
    else if (!ack.ok || !ack.escalation) refuse(e, ack.error?.code);
    else {
      e.acked++;
      raisedAt.set(ack.escalation.id, t0);
    }
  };
  const handOff = async (k: number) => {
    h.attempted++;
    const lane = k % lanes;
    const ack = await call<{ handoffId?: string }>(senders[lane] as Socket, 'consultation:transfer', {
      consultationId: handoffChats[k]?.consultationId, to: { staffId: staff.receiverIds[lane] }, mode: 'warm', note: 'bench hand-off',
    }).catch(() => undefined);
    if (!ack) h.unanswered++;
    else if (ack.ok && ack.handoffId) {
      h.acked++;
      offered.add(ack.handoffId);
    } else refuse(h, ack.error?.code);
  };

  // Both kinds spread evenly over the window, fired on schedule whatever the acks before them did.
  const loop = harnessLoop();
  const fired: Promise<void>[] = [];
  const timers = [
    ...Array.from({ length: p.escalations }, (_, k) => setTimeout(() => fired.push(escalate(k)), ((k + 0.5) * p.ms) / p.escalations)),
    ...Array.from({ length: p.handoffs }, (_, k) => setTimeout(() => fired.push(handOff(k)), ((k + 0.25) * p.ms) / p.handoffs)),
  ];
  const run = await openLoop(tracker, `care@${p.rate}`, p.rate, p.ms);
  // All are due within the window; a stalled harness may fire the last ones a little late, never not at all.
  await waitUntil(() => fired.length === timers.length, WAIT_MS, 10);
  const drained = await drain(run, 10_000);
  await Promise.all(fired);
  const allArrived = (id: string) => (arrivals.get(id) ?? [Number.NaN]).every((t) => !Number.isNaN(t));
  const bothTold = (id: string) => completed.get(id)?.sender !== undefined && completed.get(id)?.receiver !== undefined;
  const settled = () => [...raisedAt.keys()].every(allArrived) && [...offered].every((id) => responded.has(id) && (bothTold(id) || !accepted.has(id))) && answers >= responded.size;
  await waitUntil(settled, WAIT_MS, 50);
  const harnessEld = loop.stop();

  const toEach = new Latency();
  const toAll = new Latency();
  for (const [id, t0] of raisedAt) {
    const slots = arrivals.get(id) ?? [];
    for (const t of slots) if (!Number.isNaN(t)) toEach.record(t - t0);
    if (allArrived(id)) toAll.record(Math.max(...slots) - t0);
    else e.lost++;
  }
  const handoffLatency = new Latency();
  // Lost: an offer the server confirmed that never reached its colleague, or an accepted one either side was not told of.
  for (const id of offered) {
    const t0 = responded.get(id);
    const c = completed.get(id);
    if (t0 !== undefined && c?.sender !== undefined && c.receiver !== undefined) handoffLatency.record(Math.max(c.sender, c.receiver) - t0);
    else if (t0 === undefined || accepted.has(id)) h.lost++;
  }

  // Leave nothing open behind the later scenarios: escalations resolved, handed chats closed, sockets gone.
  await pool([...raisedAt.keys()], 10, (escalationId, i) => call(sups[i % sups.length] as Socket, 'escalation:resolve', { escalationId }).catch(() => undefined));
  await Promise.all([...senders, ...receivers].map(async (s) => {
    const { consultations } = await must<{ consultations: { id: string }[] }>(s, 'consultations:list', {});
    for (const c of consultations) await call(s, 'consultation:close', { consultationId: c.id }).catch(() => undefined);
  }));
  for (const s of [...sups, ...senders, ...receivers, ...handoffChats.map((c) => c.visitor)]) s.disconnect();

  return {
    rate: p.rate, seconds: p.ms / 1000, supervisors: sups.length,
    messages: loadFigures(run, p.rate, p.ms / 1000, drained, harnessEld),
    escalations: { ...e, toEach: toEach.summary(), toAll: toAll.summary() },
    handoffs: { ...h, latency: handoffLatency.summary() },
  };
}
