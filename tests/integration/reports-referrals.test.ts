/**
 * The referrals report (issue 12): referral cards sent in the range by service kind and by area, worked out by hand
 * below, in the service's zone (Asia/Tokyo). Referral rows are written straight into the database: the report reads the
 * kind and area each referral kept when it was sent, however it came.
 */
import type { ReportTable } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellText } from '../../server/src/reports/csv.rules.js';
import { adminSession, http } from '../support/clients.js';
import { expectSupervisorsOnly, parseCsv } from '../support/reports.js';
import { serverPerFile } from '../support/suite.js';

const ctx = serverPerFile();
// One JST week: Monday 2026-11-02 00:00 to Monday 2026-11-09 00:00.
const RANGE = 'from=2026-11-01T15:00:00Z&to=2026-11-08T15:00:00Z';
const db = () => ctx.server.hidamari.database.db;

async function consultation(): Promise<string> {
  const res = (await db().execute(sql`
    INSERT INTO consultations (audience, topic, visitor_token_hash, resume_code_hash, created_at, status)
    VALUES ('self', 'other', md5(random()::text), md5(random()::text), '2026-11-02T01:00:00Z', 'active') RETURNING id`)) as unknown as { rows: { id: string }[] };
  return res.rows[0]!.id;
}

async function refer(n: number, created: string, kind: string, prefecture: string, municipality: string | null, consultations: (string | null)[] = []) {
  for (let i = 0; i < n; i++) {
    await db().execute(sql`INSERT INTO referrals (consultation_id, kind, prefecture, municipality, created_at)
      VALUES (${consultations[i % Math.max(consultations.length, 1)] ?? null}::uuid, ${kind}, ${prefecture}, ${municipality}, ${created}::timestamptz)`);
  }
}

beforeAll(async () => {
  const c: string[] = [];
  for (let i = 0; i < 8; i++) c.push(await consultation());
  // 22 referrals in the week, to 8 consultations (and some whose consultation is gone):
  await refer(6, '2026-11-02T03:00:00Z', 'hikikomori_center', '東京都', '新宿区', c.slice(0, 6));
  await refer(2, '2026-11-03T03:00:00Z', 'ibasho', '東京都', '新宿区', c.slice(0, 2));
  await refer(1, '2026-11-03T04:00:00Z', 'ibasho', '東京都', null, [c[2]!]);
  await refer(5, '2026-11-04T11:00:00Z', 'youth_support_station', '大阪府', '大阪市', [c[6]!, c[7]!]);
  await refer(3, '2026-11-05T11:00:00Z', 'medical', '北海道', '札幌市');
  // At the very edges of the JST week: 00:00:00 on the first day (still 1 November in UTC) and 23:59:59 on the last.
  await refer(3, '2026-11-01T15:00:00Z', 'family_class', '福岡県', '福岡市');
  await refer(2, '2026-11-08T14:59:59Z', 'family_class', '福岡県', '福岡市');
  // Outside by a second on either side: never counted.
  await refer(4, '2026-11-01T14:59:59Z', 'mental_health_center', '京都府', '京都市');
  await refer(1, '2026-11-08T15:00:00Z', 'mental_health_center', '京都府', '京都市');
});

async function get<T>(name: string, cookie?: string, query = RANGE) {
  return http<T>(ctx.server, 'GET', `/api/reports/${name}?${query}`, { cookie: cookie ?? (await adminSession(ctx.server)) });
}
const table = async (query = RANGE) => {
  const res = await get<ReportTable>('referrals', undefined, query);
  expect(res.status).toBe(200);
  return res.body;
};
const part = (t: ReportTable, group: string) => t.rows.filter((r) => r[0] === group).map((r) => r.slice(1));

describe('referrals report', () => {
  it('should count referrals by every service kind when computed by hand, withholding 1 to 4', async () => {
    const t = await table();
    expect(t.columns).toEqual(['group', 'serviceKind', 'prefecture', 'municipality', 'referrals']);
    expect(t.meta).toEqual({ referrals: 22, consultations: 8 });
    // The edge referrals (family class) count; the mental health center ones a second outside do not.
    expect(part(t, 'kind')).toEqual([
      ['hikikomori_center', '', '', 6], ['youth_support_station', '', '', 5], ['mental_health_center', '', '', 0], ['ibasho', '', '', null],
      ['family_class', '', '', 5], ['medical', '', '', null], ['other', '', '', 0],
    ]);
  });

  it('should count referrals by prefecture and by municipality, biggest first and withheld ones by name', async () => {
    const t = await table();
    expect(part(t, 'prefecture')).toEqual([['', '東京都', '', 9], ['', '大阪府', '', 5], ['', '福岡県', '', 5], ['', '北海道', '', null]]);
    // A service with no municipality counts under its prefecture with an empty one (shown as "not given").
    expect(part(t, 'municipality')).toEqual([
      ['', '東京都', '新宿区', 8], ['', '大阪府', '大阪市', 5], ['', '福岡県', '福岡市', 5], ['', '東京都', '', null], ['', '北海道', '札幌市', null],
    ]);
  });

  it('should include a referral sent a moment ago when the range reaches now', async () => {
    const now = Date.now();
    const query = `from=${new Date(now - 3_600_000).toISOString()}&to=${new Date(now + 3_600_000).toISOString()}`;
    expect(part(await table(query), 'kind').find((r) => r[0] === 'other')).toEqual(['other', '', '', 0]);
    await refer(5, new Date(now - 1000).toISOString(), 'other', '東京都', '港区');
    const after = await table(query);
    expect(part(after, 'kind').find((r) => r[0] === 'other')).toEqual(['other', '', '', 5]);
    expect(after.meta).toEqual({ referrals: 5, consultations: 0 });
    await db().execute(sql`DELETE FROM referrals WHERE kind = 'other'`);
  });

  it('should download the report as CSV equal to its table when asked for .csv or format=csv', async () => {
    const cookie = await adminSession(ctx.server);
    const tbl = (await http<ReportTable>(ctx.server, 'GET', `/api/reports/referrals?${RANGE}`, { cookie })).body;
    for (const path of [`/api/reports/referrals.csv?${RANGE}`, `/api/reports/referrals?${RANGE}&format=csv`]) {
      const res = await fetch(ctx.server.url + path, { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect(res.headers.get('content-disposition')).toContain('hidamari-referrals-2026-11-01-2026-11-08.csv');
      expect(parseCsv(await res.text())).toEqual([tbl.columns, ...tbl.rows.map((r) => r.map(cellText))]);
    }
  });

  it('should answer supervisors and admins and refuse counselors and strangers when they ask', async () => {
    await expectSupervisorsOnly(ctx.server, ['referrals', 'referrals.csv'], RANGE);
  });
});
