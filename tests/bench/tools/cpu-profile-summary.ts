/**
 * Summarises a V8 .cpuprofile written by `npm run bench -- --cpu-prof DIR`: where the service's CPU went, by package
 * (self time) and by the server's own frames (inclusive time).
 * Usage: npx tsx tests/bench/tools/cpu-profile-summary.ts FILE.cpuprofile [rows] [fromSecond] [toSecond]
 * (seconds since the process started; a busy-per-second line is printed first to find the phases).
 */
import { readFileSync } from 'node:fs';

interface Frame { functionName: string; url: string; lineNumber: number }
interface Node { id: number; callFrame: Frame; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const [file, rowsArg, fromArg, toArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: cpu-profile-summary.ts FILE.cpuprofile [rows]');
  process.exit(2);
}
const rows = Number(rowsArg ?? 25);
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const from = Number(fromArg ?? 0) * 1e6;
const to = toArg === undefined ? Infinity : Number(toArg) * 1e6;
const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
const self = new Map<number, number>();
const busyPerSecond: number[] = [];
let at = 0;
p.samples.forEach((id, i) => {
  const dt = p.timeDeltas[i] ?? 0;
  at += dt;
  const sec = Math.floor(at / 1e6);
  if (!idle.has(id)) busyPerSecond[sec] = (busyPerSecond[sec] ?? 0) + dt;
  if (at >= from && at < to) self.set(id, (self.get(id) ?? 0) + dt);
});
console.log(`busy % per second: ${Array.from(busyPerSecond, (v) => Math.round((v ?? 0) / 1e4)).join(' ')}`);
const total = [...self.values()].reduce((a, b) => a + b, 0);

const where = (f: Frame) => f.url.replace(/.*node_modules\//, '').replace(/.*\/server\/src\//, 'server/src/');
const label = (f: Frame) => `${f.functionName || '(anonymous)'} ${where(f)}:${f.lineNumber + 1}`;
const pkgOf = (f: Frame) => /node_modules\/((@[^/]+\/)?[^/]+)/.exec(f.url)?.[1] ?? (f.url.includes('/server/src/') ? where(f) : f.url || f.functionName);

const byPkg = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id);
  if (!n) continue;
  byPkg.set(pkgOf(n.callFrame), (byPkg.get(pkgOf(n.callFrame)) ?? 0) + t);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const f = byId.get(cur)?.callFrame;
    if (!f || !f.url.includes('/server/src/')) continue;
    const k = label(f);
    if (!seen.has(k)) {
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    }
  }
}

const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, rows)
  .map(([k, v]) => `${(v / 1000).toFixed(0).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log(`sampled ${(total / 1000).toFixed(0)} ms`);
console.log(`\n--- self time by package / file\n${top(byPkg)}`);
console.log(`\n--- inclusive time of the server's own functions\n${top(inclusive)}`);
const fns = new Map<string, number>();
for (const [id, t] of self) {
  const f = byId.get(id)?.callFrame;
  if (f) fns.set(label(f), (fns.get(label(f)) ?? 0) + t);
}
console.log(`\n--- self time by function\n${top(fns)}`);
