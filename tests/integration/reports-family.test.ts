/**
 * The family report (issue 12): family consultations by their intake answers, worked out by hand below, in the
 * service's zone (Asia/Tokyo). Rows are written straight into the database, as the start path that fills them is
 * another module's; the report reads rows, however they came.
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

interface Intake { relationship?: string; ageBand?: string; duration?: string; hopes?: string[] }

async function insert(created: string, intake: Intake, audience: 'self' | 'family' = 'family') {
  const hopes = intake.hopes === undefined ? null : `{${intake.hopes.join(',')}}`;
  await ctx.server.hidamari.database.db.execute(sql`
    INSERT INTO consultations (audience, topic, visitor_token_hash, resume_code_hash, created_at, status, closed_at, close_reason,
                               family_relationship, family_age_band, family_duration, family_hopes)
    VALUES (${audience}, 'family', md5(random()::text), md5(random()::text), ${created}::timestamptz, 'closed',
            ${created}::timestamptz + interval '10 minutes', 'visitor_left',
            ${intake.relationship ?? null}, ${intake.ageBand ?? null}, ${intake.duration ?? null}, ${hopes}::text[])`);
}

const times = async (n: number, created: string, intake: Intake, audience?: 'self' | 'family') => {
  for (let i = 0; i < n; i++) await insert(created, intake, audience);
};

beforeAll(async () => {
  // 21 family consultations in the week:
  await times(6, '2026-11-02T03:00:00Z', { relationship: 'parent', ageBand: '20-29', duration: '3-5y', hopes: ['talk', 'exhaustion'] });
  await times(5, '2026-11-04T11:00:00Z', { relationship: 'parent', ageBand: '30-39', duration: '5-10y', hopes: ['support'] });
  await times(2, '2026-11-05T11:00:00Z', { relationship: 'sibling', ageBand: '30-39', hopes: ['talk'] });
  await times(2, '2026-11-06T11:00:00Z', {}); // answered nothing
  await insert('2026-11-06T12:00:00Z', { hopes: [] }); // an empty list of hopes is no answer either
  // Partners at the very edges of the JST week: 00:00:00 on the first day (still 1 November in UTC) and 23:59:59 on the last.
  await times(3, '2026-11-01T15:00:00Z', { relationship: 'partner' });
  await times(2, '2026-11-08T14:59:59Z', { relationship: 'partner' });
  // Outside the week by a second on either side: never counted.
  await times(3, '2026-11-01T14:59:59Z', { relationship: 'other', ageBand: '65plus' });
  await times(2, '2026-11-08T15:00:00Z', { relationship: 'other', ageBand: '65plus' });
  // Self consultations are not family intake, whatever the row says.
  await times(5, '2026-11-03T03:00:00Z', { relationship: 'other', ageBand: 'under15' }, 'self');
});

async function get<T>(name: string, cookie?: string, query = RANGE) {
  return http<T>(ctx.server, 'GET', `/api/reports/${name}?${query}`, { cookie: cookie ?? (await adminSession(ctx.server)) });
}
const table = async (name: string) => {
  const res = await get<ReportTable>(name);
  expect(res.status).toBe(200);
  return res.body;
};
const part = (t: ReportTable, question: string) => t.rows.filter((r) => r[0] === question).map((r) => r.slice(1));

describe('family report', () => {
  it('should count family consultations by each intake answer with an unanswered row when computed by hand', async () => {
    const t = await table('family');
    expect(t.columns).toEqual(['question', 'answer', 'consultations', 'share']);
    expect(t.meta).toEqual({ consultations: 21 });
    // 11 parents of 21; the 2 siblings and the 3 who did not say are withheld; the edge partners count, the "other" rows do not.
    expect(part(t, 'relationship')).toEqual([['parent', 11, 0.524], ['sibling', null, null], ['partner', 5, 0.238], ['other', 0, 0], ['unanswered', null, null]]);
    expect(part(t, 'ageBand')).toEqual([
      ['under15', 0, 0], ['15-19', 0, 0], ['20-29', 6, 0.286], ['30-39', 7, 0.333], ['40-49', 0, 0], ['50-64', 0, 0], ['65plus', 0, 0], ['unanswered', 8, 0.381],
    ]);
    expect(part(t, 'duration')).toEqual([
      ['under6m', 0, 0], ['6m-1y', 0, 0], ['1-3y', 0, 0], ['3-5y', 6, 0.286], ['5-10y', 5, 0.238], ['over10y', 0, 0], ['unknown', 0, 0], ['unanswered', 10, 0.476],
    ]);
  });

  it('should count a consultation under each hope it named when there are two', async () => {
    const t = await table('family');
    // talk: 6 parents + 2 siblings; exhaustion: the same 6 parents; no hope: 3 + the 5 partners. Shares add up to more than 1.
    expect(part(t, 'hope')).toEqual([['talk', 8, 0.381], ['support', 5, 0.238], ['exhaustion', 6, 0.286], ['unanswered', 8, 0.381]]);
  });

  it('should cross relationship with age band, each cell withheld when it holds 1 to 4', async () => {
    const t = await table('family-cross');
    expect(t.columns).toEqual(['relationship', 'total', 'ageBand.under15', 'ageBand.15-19', 'ageBand.20-29', 'ageBand.30-39', 'ageBand.40-49', 'ageBand.50-64', 'ageBand.65plus', 'ageBand.unanswered']);
    expect(t.rows).toEqual([
      ['parent', 11, 0, 0, 6, 5, 0, 0, 0, 0],
      ['sibling', null, 0, 0, 0, null, 0, 0, 0, 0],
      ['partner', 5, 0, 0, 0, 0, 0, 0, 0, 5],
      ['other', 0, 0, 0, 0, 0, 0, 0, 0, 0],
      ['unanswered', null, 0, 0, 0, 0, 0, 0, 0, null],
    ]);
  });

  it('should withhold the total and every share when fewer than 5 family consultations arrived in the range', async () => {
    // Only the 2 siblings on Thursday 5 November (JST).
    const res = await get<ReportTable>('family', undefined, 'from=2026-11-04T15:00:00Z&to=2026-11-05T15:00:00Z');
    expect(res.body.meta).toEqual({ consultations: null });
    expect(part(res.body, 'relationship')).toEqual([['parent', 0, null], ['sibling', null, null], ['partner', 0, null], ['other', 0, null], ['unanswered', 0, null]]);
  });

  it('should download both as CSV equal to their tables when asked for .csv or format=csv', async () => {
    const cookie = await adminSession(ctx.server);
    for (const name of ['family', 'family-cross']) {
      const tbl = (await http<ReportTable>(ctx.server, 'GET', `/api/reports/${name}?${RANGE}`, { cookie })).body;
      for (const path of [`/api/reports/${name}.csv?${RANGE}`, `/api/reports/${name}?${RANGE}&format=csv`]) {
        const res = await fetch(ctx.server.url + path, { headers: { cookie } });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain('text/csv');
        expect(parseCsv(await res.text())).toEqual([tbl.columns, ...tbl.rows.map((r) => r.map(cellText))]);
      }
    }
  });

  it('should answer supervisors and admins and refuse counselors and strangers when they ask', async () => {
    await expectSupervisorsOnly(ctx.server, ['family', 'family.csv', 'family-cross', 'family-cross.csv'], RANGE);
  });
});
