import { readFileSync } from 'node:fs';
const file = process.argv[2]!;
const p = JSON.parse(readFileSync(file, 'utf8')) as { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const total = [...self.values()].reduce((a, b) => a + b, 0);
const key = (n: { callFrame: { functionName: string; url: string; lineNumber: number } }) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*node_modules\//, 'nm:').replace(/.*\/work\/main\//, '')}:${n.callFrame.lineNumber}`;
const agg = new Map<string, number>();
const pkg = new Map<string, number>();
const incl = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id)!; agg.set(key(n), (agg.get(key(n)) ?? 0) + t);
  const u = n.callFrame.url; const m = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(u); const k = m ? m[1]! : u.includes('/work/main/') ? u.replace(/.*\/work\/main\//, '').split('/').slice(0, 3).join('/') : (u || n.callFrame.functionName);
  pkg.set(k, (pkg.get(k) ?? 0) + t);
  // inclusive by our own frames
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const f = byId.get(cur)!; const uu = f.callFrame.url;
    if (uu.includes('/work/main/server/') || uu.includes('drizzle-orm') || uu.includes('pglite')) { const kk = key(f); if (!seen.has(kk)) { seen.add(kk); incl.set(kk, (incl.get(kk) ?? 0) + t); } }
  }
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1000).toFixed(0).padStart(7)} ms ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log('total sampled', (total / 1000).toFixed(0), 'ms');
console.log('--- by package/file (self)\n' + top(pkg, 25));
console.log('--- by function (self)\n' + top(agg, 25));
console.log('--- inclusive (server/drizzle/pglite frames)\n' + top(incl, 40));
