import { pgliteSql, tempDir } from '../scratch-db.ts';
import { B2_STATEMENT, setUp } from '../db-baseline.ts';
async function bench(name: string, ids: string[], fn: (id: string) => Promise<unknown>) {
  let n = 0; const t0 = performance.now();
  while (performance.now() - t0 < 700) { await fn(ids[n % ids.length]!); n++; }
  return Math.round(n / ((performance.now() - t0) / 1000));
}
const t = tempDir('b2v-'); const sql = await pgliteSql(t.dir);
const ids = await setUp(sql, 1000);
let k = 0;
const body = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
const typed = B2_STATEMENT.replaceAll('$1', '$1::uuid').replaceAll('$2', '$2::text').replaceAll('$3', '$3::text').replaceAll('$4', '$4::text');
const tx = (id: string) => sql.transaction(async (q) => { const [r] = await q<{ last_seq: number }>(`UPDATE bench_b2.consultations SET last_seq = last_seq + 1, last_activity_at = now() WHERE id = $1 AND status <> 'closed' RETURNING last_seq`, [id]); await q(`INSERT INTO bench_b2.messages (consultation_id, seq, sender, body, visibility, client_message_id) VALUES ($1,$2,'visitor',$3,'all',$4)`, [id, r!.last_seq, body, `c${k++}`]); });
for (let round = 0; round < 4; round++) {
  const a = await bench('cte', ids, (id) => sql.query(B2_STATEMENT, [id, 'visitor', body, `a${k++}`]));
  const b = await bench('typed', ids, (id) => sql.query(typed, [id, 'visitor', body, `a${k++}`]));
  const c = await bench('tx', ids, tx);
  const d = await bench('sel', ids, (id) => sql.query('select * from bench_b2.consultations where id = $1', [id]));
  console.log({ cte: a, typed: b, tx: c, select: d });
}
await sql.close(); t.remove();
