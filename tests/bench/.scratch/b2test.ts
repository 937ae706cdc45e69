import { runDbBaseline } from '../db-baseline.ts';
import { pgSql, pgliteSql, recreatePgDatabase, tempDir } from '../scratch-db.ts';
const url = await recreatePgDatabase('postgres://postgres@127.0.0.1:5432/test', 'hidamari_bench_tmp');
const s = pgSql(url, 10);
console.log(await runDbBaseline(s, { database: 'postgres', durationMs: 2000, concurrency: 10, consultations: 1000 }));
await s.close();
const t = tempDir('b2-'); const l = await pgliteSql(t.dir);
console.log(await runDbBaseline(l, { database: 'pglite', durationMs: 2000, concurrency: 1, consultations: 1000 }));
await l.close(); t.remove();
