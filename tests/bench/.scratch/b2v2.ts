import { pgliteSql, tempDir, type Sql } from '../scratch-db.ts';
import { B2_STATEMENT, setUp } from '../db-baseline.ts';
async function bench(name: string, ids: string[], fn: (id: string) => Promise<unknown>) {
  let n = 0; const t0 = performance.now();
  while (performance.now() - t0 < 1000) { await fn(ids[n % ids.length]!); n++; }
  console.log(name.padEnd(40), Math.round(n / ((performance.now() - t0) / 1000)), '/s');
}
const t = tempDir('b2v-'); const sql = await pgliteSql(t.dir);
const ids = await setUp(sql, 1000);
let k = 0;
const body = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
const S = B2_STATEMENT;
await bench('cte', ids, (id) => sql.query(S, [id, 'visitor', body, `a${k++}`]));
await bench('cte $1::uuid only', ids, (id) => sql.query(S.replaceAll('$1', '$1::uuid'), [id, 'visitor', body, `a${k++}`]));
await bench('cte $2::text only', ids, (id) => sql.query(S.replaceAll('$2', '$2::text'), [id, 'visitor', body, `a${k++}`]));
await bench('cte $3::text only', ids, (id) => sql.query(S.replaceAll('$3', '$3::text'), [id, 'visitor', body, `a${k++}`]));
await bench('cte $4::text only', ids, (id) => sql.query(S.replaceAll('$4', '$4::text'), [id, 'visitor', body, `a${k++}`]));
await bench('select 1', ids, () => sql.query('select 1'));
await bench('select $1', ids, (id) => sql.query('select $1 as x', [id]));
await bench('update only', ids, (id) => sql.query(`UPDATE bench_b2.consultations SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq`, [id]));
await sql.close(); t.remove();
