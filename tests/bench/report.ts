/** The stdout table and bench-results.json. */
import { writeFileSync } from 'node:fs';
import type { RiskBenchResult } from '../../server/src/risk/risk.bench.js';
import type { B2Result } from './db-baseline.js';
import { pageLoadLines, type PageLoadResult } from './page-load.js';
import type { RelayResult } from './suite-relay.js';
import type { ServiceResult } from './suite-service.js';
import { kb, perSocket, type CorrectnessCheck, type TargetCheck } from './targets.js';

export interface BenchResults {
  meta: Record<string, unknown> & { notes: string[] };
  b1?: RelayResult;
  b2?: B2Result;
  service?: ServiceResult;
  /** --processes N (N > 1): the same scenarios on N processes sharing PostgreSQL and Redis. */
  serviceMulti?: ServiceResult;
  /** The risk matcher's microbenchmark (issue 8), run in the bench process before any server starts. */
  risk?: RiskBenchResult;
  /** Issue 10: the visitor page on a slow phone (headless Chromium, throttled) and its first-load JavaScript size. */
  pageLoad?: PageLoadResult;
  ratios: Record<string, Record<string, number | null>>;
  targets: TargetCheck[];
  correctness: { ok: boolean; checks: CorrectnessCheck[] };
  error?: string;
}

type Cell = string | number | null | undefined;
const fmt = (v: Cell) => (v === null || v === undefined ? '—' : String(v));
const div = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || b === 0 ? null : (a / b).toFixed(2));

export function table(r: BenchResults): string {
  const s = r.service;
  const m = r.serviceMulti;
  const b1 = r.b1;
  const b2 = r.b2;
  const head = ['figure', 'service', ...(m ? [m.target] : []), 'B1 relay', 'B2 db', 'svc/B1', 'svc/B2'];
  const rows: Cell[][] = [];
  const section = (title: string) => rows.push([title]);
  const row = (name: string, f: (x: ServiceResult | RelayResult) => number | null | undefined, b2v?: number | null, unit = '') => {
    const sv = s ? f(s) : null;
    const bv = b1 ? f(b1) : null;
    const u = (v: number | null | undefined) => (v == null ? null : `${v}${unit}`);
    rows.push([`  ${name}`, u(sv), ...(m ? [u(f(m))] : []), u(bv), u(b2v ?? null), div(sv, bv), b2v == null ? null : div(sv, b2v)]);
  };
  if (s && b1) {
    section(`Connect ${s.connect.visitors} visitors + ${s.connect.counselors} counselors (${s.connect.visitors / s.connect.counselors} chats each)`);
    row('sockets/s (connect + start/join)', (x) => x.connect.socketsPerSecond);
    row('visitors/s', (x) => x.connect.visitorsPerSecond);
    const mem = perSocket(s, b1);
    rows.push([`  memory per socket (${mem.basis})`, kb(mem.service), ...(m ? [kb(perSocket(m, b1).service)] : []), kb(mem.b1), null, div(mem.service, mem.b1), null]);
    if (mem.basis.startsWith('heap')) row('RSS per socket after GC (KiB)', (x) => Math.round(x.memory.perSocketRss / 102.4) / 10);
    section(`Steady ${s.steady.rate} msg/s for ${s.steady.seconds} s, open loop`);
    row('delivery p50 (ms)', (x) => x.steady.latency.p50);
    row('delivery p99 (ms)', (x) => x.steady.latency.p99);
    row('delivery p99.9 (ms)', (x) => x.steady.latency.p999);
    row('delivery max (ms)', (x) => x.steady.latency.max);
    row('sender ack p99 (ms)', (x) => x.steady.ack.p99, b2?.latency.p99);
    row('server event-loop delay p99 (ms)', (x) => x.steady.eld?.p99);
    row('server CPU s per 1,000 msgs', (x) => x.steady.cpuSecondsPer1000);
    if (s.steady.dbCpuSecondsPer1000 !== null) row('+ PostgreSQL CPU s per 1,000 msgs', (x) => x.steady.dbCpuSecondsPer1000, b2?.cpuSecondsPer1000);
    else if (b2?.cpuSecondsPer1000 != null) rows.push(['  (B2: CPU s per 1,000 inserts)', null, ...(m ? [null] : []), null, b2.cpuSecondsPer1000]);
    row('harness send lag p99 (ms)', (x) => x.steady.sendLagP99);
    row('harness event-loop delay p99 (ms)', (x) => x.steady.harnessEld.p99);
    const c = s.care;
    const care = (f: (x: ServiceResult) => number) => (x: ServiceResult | RelayResult) => ('care' in x ? f(x) : null);
    section(`Escalations and hand-offs while ${c.rate} msg/s flow (${c.seconds} s; ${c.escalations.acked} emergencies to ${c.supervisors} supervisors on duty, ${c.handoffs.accepted} warm hand-offs)`);
    row('message delivery meanwhile p50 (ms)', care((x) => x.care.messages.latency.p50));
    row('message delivery meanwhile p99 (ms)', care((x) => x.care.messages.latency.p99));
    row('escalate → raised, each supervisor p50 (ms)', care((x) => x.care.escalations.toEach.p50));
    row('escalate → raised, each supervisor p99 (ms)', care((x) => x.care.escalations.toEach.p99));
    row('escalate → raised at all supervisors p99 (ms)', care((x) => x.care.escalations.toAll.p99));
    row('handoff:respond → completed (both) p50 (ms)', care((x) => x.care.handoffs.latency.p50));
    row('handoff:respond → completed (both) p99 (ms)', care((x) => x.care.handoffs.latency.p99));
    rows.push(['  escalations lost / hand-offs lost', `${c.escalations.lost + c.escalations.unanswered} / ${c.handoffs.lost + c.handoffs.unanswered}`,
      ...(m ? [`${m.care.escalations.lost + m.care.escalations.unanswered} / ${m.care.handoffs.lost + m.care.handoffs.unanswered}`] : [])]);
    const pp = s.pipelined;
    section(`Pipelined: ${pp.senders} senders × ${pp.burst} back to back, ${pp.rate} msg/s, open loop`);
    row('delivery p50 (ms)', (x) => x.pipelined.latency.p50);
    row('delivery p99 (ms)', (x) => x.pipelined.latency.p99);
    row('delivery max (ms)', (x) => x.pipelined.latency.max);
    row('sender ack p99 (ms)', (x) => x.pipelined.ack.p99);
    row('misordered deliveries', (x) => x.pipelined.misordered);
    section(`Ramp until p99 > ${s.ramp.p99LimitMs} ms or anything lost (${s.ramp.stepSeconds} s steps)`);
    row('max sustainable msg/s', (x) => x.ramp.maxSustainable, b2?.rate);
    rows.push(['  stopped at', s.ramp.limitedByShort, ...(m ? [m.ramp.limitedByShort] : []), b1.ramp.limitedByShort]);
  }
  if (s) {
    const st = s.storm;
    section(`Claim storm: ${st.consultations} queued, ${st.counselors} counselors at once`);
    rows.push(['  drain (s) / claims per s', `${fmt(st.drainSeconds)} / ${st.claimsPerSecond}`, ...(m ? [`${fmt(m.storm.drainSeconds)} / ${m.storm.claimsPerSecond}`] : [])]);
    rows.push(['  attempts / ALREADY_CLAIMED', `${st.attempts} / ${st.alreadyClaimed}`, ...(m ? [`${m.storm.attempts} / ${m.storm.alreadyClaimed}`] : [])]);
    section('Leak check: everyone disconnected');
    const kept = (x: ServiceResult | RelayResult) => (x.memory.grew ? `${Math.round(x.memory.retainedFraction * 100)}%` : 'n/a (no growth)');
    rows.push([`  growth kept (${s.memory.retainedBasis})`, kept(s), ...(m ? [kept(m)] : []), b1 ? kept(b1) : null]);
    rows.push(['  messages sent / acked / stored', `${s.totals.sent} / ${s.totals.ackedOk} / ${'error' in s.rows ? '?' : s.rows.stored}`,
      ...(m ? [`${m.totals.sent} / ${m.totals.ackedOk} / ${'error' in m.rows ? '?' : m.rows.stored}`] : [])]);
  }
  if (r.risk) rows.push([`Risk matcher: ${r.risk.chars} chars × ${r.risk.phrases} phrases, ${r.risk.runs} runs: p50 ${r.risk.p50Ms.toFixed(3)} ms, p99 ${r.risk.p99Ms.toFixed(3)} ms, max ${r.risk.maxMs.toFixed(3)} ms`]);
  if (r.pageLoad) rows.push(...pageLoadLines(r.pageLoad).map((l) => [l]));
  if (b2) rows.push([`B2: ${b2.database}, ${b2.concurrency} connection(s): ${b2.rate} inserts/s, p50 ${b2.latency.p50} ms, p99 ${b2.latency.p99} ms`]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.filter((x) => x.length > 1).map((x) => fmt(x[i]).length)));
  const line = (cells: Cell[]) => (cells.length === 1 ? fmt(cells[0]) : cells.map((c, i) => (i === 0 ? fmt(c).padEnd(widths[0] ?? 0) : fmt(c).padStart(widths[i] ?? 0))).join('  '));
  const out = [line(head), ...rows.map(line), '', 'Targets (reported, never failing):'];
  for (const t of r.targets) out.push(`  [${t.met === null ? 'n/a ' : t.met ? 'met ' : 'MISS'}] ${t.name}: ${t.value} (target ${t.limit})`);
  out.push('', `Correctness (fails the run): ${r.correctness.ok ? 'OK' : 'FAILED'}`);
  for (const c of r.correctness.checks) out.push(`  [${c.ok ? ' ok ' : 'FAIL'}] ${c.name}: ${c.value}`);
  if (r.meta.notes.length) out.push('', 'Notes:', ...r.meta.notes.map((n) => `  - ${n}`));
  return out.join('\n');
}

export function writeResults(path: string, r: BenchResults): void {
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
}
