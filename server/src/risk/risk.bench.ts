import type { RiskPhrase } from '@hidamari/shared';
import { DEFAULT_RISK_PHRASES } from './risk-phrases.default.js';
import { compilePhrases, scoreText } from './risk.rules.js';

export interface RiskBenchResult {
  phrases: number;
  chars: number;
  runs: number;
  /** Milliseconds per scored message. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /**
   * The same in CPU time of this thread (process.cpuUsage): on a machine shared with other work, wall-clock outliers are
   * mostly time the process was not running at all; this says what scoring itself costs.
   */
  cpuP50Ms: number;
  cpuP99Ms: number;
  /** Whether the target (p99 under 1 ms, wall clock) was met. */
  met: boolean;
}

const KANA = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわん';
const WORDS = ['today', 'mother', 'window', 'tired', 'sleep', 'outside', 'school', 'work', 'phone', 'game'];

/** A deterministic list of `n` phrases: the default list, then made-up Japanese and English ones of realistic length. */
export function syntheticPhrases(n: number): RiskPhrase[] {
  const out: RiskPhrase[] = DEFAULT_RISK_PHRASES.slice(0, n);
  for (let i = 0; out.length < n; i++) {
    const level = i % 3 === 0 ? 'high' : 'elevated';
    if (i % 2 === 0) out.push({ phrase: Array.from({ length: 3 + (i % 4) }, (_, k) => KANA[(i * 7 + k * 13) % KANA.length]).join(''), level });
    else out.push({ phrase: `${WORDS[i % WORDS.length]} ${WORDS[(i * 3 + 1) % WORDS.length]} ${i}`, level });
  }
  return out;
}

/** A deterministic visitor message of `chars` characters: Japanese and English prose with one listed phrase near the end. */
export function syntheticMessage(chars: number): string {
  const base = '最近は部屋からあまり出られなくて、夜になると不安になります。I stayed up late again and could not sleep well. ';
  let s = '';
  while (s.length < chars) s += base;
  return `${s.slice(0, chars - 8)}もう消えたい。`;
}

/**
 * The matcher's cost: a `chars`-character message against a `phrases`-phrase list, compiled once as the service
 * does, scored `runs` times. The bench script reports this beside the socket figures.
 */
export function benchRiskScoring(opts: { phrases?: number; chars?: number; runs?: number } = {}): RiskBenchResult {
  const phrases = opts.phrases ?? 500;
  const chars = opts.chars ?? 4000;
  const runs = opts.runs ?? 2000;
  const list = compilePhrases(syntheticPhrases(phrases));
  const text = syntheticMessage(chars);
  for (let i = 0; i < 50; i++) scoreText(text, list);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    scoreText(text, list);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
  const p99Ms = pct(times, 0.99);
  return {
    phrases, chars, runs, p50Ms: pct(times, 0.5), p99Ms, maxMs: Math.max(...times), cpuP50Ms: pct(cpu, 0.5), cpuP99Ms: pct(cpu, 0.99), met: p99Ms < 1,
  };
}
