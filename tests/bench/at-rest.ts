/**
 * `npm run bench -- --at-rest`: the message scenarios twice in one run, on fresh databases of the same kind, once as
 * shipped (AES-256-GCM at rest) and once with the bench-only BENCH_PLAINTEXT_AT_REST=1 (text stored unencrypted;
 * the server refuses that switch without BENCH_HOOKS and with NODE_ENV=production). The difference is encryption's cost.
 */
import type { ServiceResult } from './suite-service.js';

export interface AtRestSide {
  steadyP50Ms: number;
  steadyP99Ms: number;
  cpuSecondsPer1000: number;
  maxSustainable: number;
  pipelinedAckP99Ms: number;
}

export interface AtRestComparison {
  encrypted: AtRestSide;
  plaintext: AtRestSide;
  /** encrypted / plaintext, for the README's sentence. */
  cpuRatio: number | null;
  maxRateRatio: number | null;
}

export const PLAINTEXT_ENV = { BENCH_PLAINTEXT_AT_REST: '1' } as const;

function side(s: ServiceResult): AtRestSide {
  return {
    steadyP50Ms: s.steady.latency.p50,
    steadyP99Ms: s.steady.latency.p99,
    cpuSecondsPer1000: s.steady.cpuSecondsPer1000,
    maxSustainable: s.ramp.maxSustainable,
    pipelinedAckP99Ms: s.pipelined.ack.p99,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 100) / 100);

export function compareAtRest(encrypted: ServiceResult, plaintext: ServiceResult): AtRestComparison {
  const e = side(encrypted);
  const p = side(plaintext);
  return { encrypted: e, plaintext: p, cpuRatio: ratio(e.cpuSecondsPer1000, p.cpuSecondsPer1000), maxRateRatio: ratio(e.maxSustainable, p.maxSustainable) };
}

export function atRestTable(c: AtRestComparison): string {
  const row = (name: string, s: AtRestSide) =>
    `  ${name.padEnd(22)} p50 ${s.steadyP50Ms} ms  p99 ${s.steadyP99Ms} ms  pipelined ack p99 ${s.pipelinedAckP99Ms} ms  CPU ${s.cpuSecondsPer1000} s/1000 msg  max ${s.maxSustainable} msg/s`;
  return ['Encryption at rest (same run):', row('encrypted (shipped)', c.encrypted), row('plaintext (bench only)', c.plaintext),
    `  encrypted/plaintext: CPU ×${c.cpuRatio ?? '—'}, max rate ×${c.maxRateRatio ?? '—'}`].join('\n');
}
