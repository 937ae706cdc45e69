import { pgliteSql, pgSql, tempDir, recreatePgDatabase, type Sql } from '../scratch-db.ts';
import { B2_STATEMENT, setUp } from '../db-baseline.ts';
async function bench(name: string, sql: Sql, ids: string[], fn: (id: string, n: number) => Promise<unknown>) {
  let n = 0; const t0 = performance.now();
  while (performance.now() - t0 < 1500) { await fn(ids[n % ids.length]!, n); n++; }
  console.log(name, Math.round(n / ((performance.now() - t0) / 1000)), '/s');
}
for (const kind of ['pglite', 'pg']) {
  let sql: Sql; let t;
  if (kind === 'pglite') { t = tempDir('b2v-'); sql = await pgliteSql(t.dir); } else { sql = pgSql(await recreatePgDatabase('postgres://postgres@127.0.0.1:5432/test', 'hidamari_bench_tmp'), 1); }
  const ids = await setUp(sql, 1000);
  let k = 0;
  const body = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
  await bench(kind + ' cte', sql, ids, (id) => sql.query(B2_STATEMENT, [id, 'visitor', body, `a${k++}`]));
  await bench(kind + ' cte-no-exists', sql, ids, (id) => sql.query(B2_STATEMENT.replace(/AND NOT EXISTS \(SELECT 1 FROM bench_b2.messages WHERE consultation_id = \$1 AND sender = \$2 AND client_message_id = \$4\)/, 'AND $4::text IS NOT NULL'), [id, 'visitor', body, `b${k++}`]));
  await bench(kind + ' tx', sql, ids, (id) => sql.transaction(async (q) => { const [r] = await q<{ last_seq: number }>(`UPDATE bench_b2.consultations SET last_seq = last_seq + 1, last_activity_at = now() WHERE id = $1 AND status <> 'closed' RETURNING last_seq`, [id]); await q(`INSERT INTO bench_b2.messages (consultation_id, seq, sender, body, visibility, client_message_id) VALUES ($1,$2,'visitor',$3,'all',$4)`, [id, r!.last_seq, body, `c${k++}`]); }));
  await bench(kind + ' cte-typed', sql, ids, (id) => sql.query(B2_STATEMENT.replaceAll('$1', '$1::uuid').replaceAll('$2', '$2::text').replaceAll('$3', '$3::text').replaceAll('$4', '$4::text'), [id, 'visitor', body, `d${k++}`]));
  const ex = await sql.query(`EXPLAIN ANALYZE ${B2_STATEMENT}`, [ids[0], 'visitor', body, `e${k++}`]);
  console.log(ex.map((r) => Object.values(r)[0]).join('\n'));
  await sql.close(); t?.remove();
}
