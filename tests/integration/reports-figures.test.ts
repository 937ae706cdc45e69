/**
 * Report figures against a small dataset whose every number is worked out by hand below, in the service's zone
 * (Asia/Tokyo). Rows are written straight into the server's database: the reports read rows, however they came.
 */
import type { ReportOverview, ReportTable } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../server/src/crypto/index.js';
import { cellText } from '../../server/src/reports/csv.rules.js';
import { adminSession, createStaff, http, type CreatedStaff } from '../support/clients.js';
import { parseCsv } from '../support/reports.js';
import { serverPerFile } from '../support/suite.js';

const ctx = serverPerFile();
// One JST week: Monday 2026-11-02 00:00 to Monday 2026-11-09 00:00.
const RANGE = 'from=2026-11-01T15:00:00Z&to=2026-11-08T15:00:00Z';
const MIN = 60_000;
const t = (iso: string, plusMs = 0) => new Date(Date.parse(iso) + plusMs).toISOString();

let a: CreatedStaff;
let b: CreatedStaff;

interface Row {
  created: string; audience: 'self' | 'family'; topic: string; offHours: boolean; waitS: number | null; handleS: number | null;
  leftAfterS?: number; staff?: string; risk?: string;
}

async function insert(r: Row) {
  const db = ctx.server.hidamari.database.db;
  const claimed = r.waitS === null ? null : t(r.created, r.waitS * 1000);
  const closed = r.leftAfterS !== undefined ? t(r.created, r.leftAfterS * 1000) : claimed && r.handleS !== null ? t(claimed, r.handleS * 1000) : null;
  await db.execute(sql`
    INSERT INTO consultations (audience, topic, visitor_token_hash, resume_code_hash, created_at, status, started_off_hours,
                               claimed_at, closed_at, close_reason, assigned_staff_id, risk_level)
    VALUES (${r.audience}, ${r.topic}, md5(random()::text), md5(random()::text), ${r.created}::timestamptz, ${closed ? 'closed' : 'active'},
            ${r.offHours}, ${claimed}::timestamptz, ${closed}::timestamptz, ${closed ? (claimed ? 'counselor_closed' : 'visitor_left') : null},
            ${r.staff ?? null}::uuid, ${r.risk ?? 'none'})`);
}

beforeAll(async () => {
  a = await createStaff(ctx.server, { displayName: 'Aoi' });
  b = await createStaff(ctx.server, { displayName: 'Ban' });
  // Six self consultations on Monday 10:00–10:50 JST, taken after 1, 2, 3, 4, 10 and 15 minutes, each handled 10·k minutes.
  const waits = [60, 120, 180, 240, 600, 900];
  const risks = ['high', 'high', 'elevated', 'elevated', 'elevated', 'none'];
  for (const [i, w] of waits.entries()) {
    await insert({ created: t('2026-11-02T01:00:00Z', i * 10 * MIN), audience: 'self', topic: 'daily-life', offHours: false, waitS: w, handleS: 600 * (i + 1), staff: a.staff.id, risk: risks[i] });
  }
  // Two family visitors on Tuesday 23:50 and 23:55 JST (14:50/14:55 UTC) who left before anyone took them: after 30 s and 400 s.
  await insert({ created: '2026-11-03T14:50:00Z', audience: 'family', topic: 'family', offHours: false, waitS: null, handleS: null, leftAfterS: 30 });
  await insert({ created: '2026-11-03T14:55:00Z', audience: 'family', topic: 'family', offHours: false, waitS: null, handleS: null, leftAfterS: 400 });
  // Five family messages while closed, Wednesday 00:00–00:40 JST (still Tuesday in UTC), read 1 to 5 hours later, handled 10 min.
  for (let i = 0; i < 5; i++) {
    await insert({ created: t('2026-11-03T15:00:00Z', i * 10 * MIN), audience: 'family', topic: 'family', offHours: true, waitS: 3600 * (i + 1), handleS: 600, staff: b.staff.id });
  }
  // Aoi was rostered Monday 10:00–11:00 JST; nobody on Wednesday 00 h.
  const db = ctx.server.hidamari.database.db;
  await db.execute(sql`INSERT INTO shifts (staff_id, starts_at, ends_at) VALUES (${a.staff.id}, '2026-11-02T01:00:00Z', '2026-11-02T02:00:00Z')`);
  // Escalations: five consults and an urgent one by Aoi in range; an emergency the week before (outside).
  const [first] = (await db.execute(sql`SELECT id FROM consultations ORDER BY created_at LIMIT 1`) as unknown as { rows: { id: string }[] }).rows;
  for (const [level, at] of [...Array(5).fill(['consult', '2026-11-02T02:00:00Z']), ['urgent', '2026-11-02T03:00:00Z'], ['emergency', '2026-10-30T03:00:00Z']]) {
    await db.execute(sql`INSERT INTO escalations (consultation_id, raised_by, level, created_at) VALUES (${first!.id}, ${a.staff.id}, ${level}, ${at}::timestamptz)`);
  }
  // Survey: six responses in range (helpful 5,4,4,3,5,2 → 23/6), three comments; a retired question with five old answers; one response outside.
  await db.execute(sql`INSERT INTO survey_questions (id, kind, text_ja, text_en, position, retired_at) VALUES ('old-q', 'yesno', '古い質問', 'Old question', 9, now())`);
  const helpful = [5, 4, 4, 3, 5, 2];
  const comments = ['=ありがとう', 'また来ます', 'ほっとしました'];
  for (const [i, h] of helpful.entries()) {
    const [resp] = (await db.execute(sql`INSERT INTO survey_responses (submitted_on) VALUES (${i < 3 ? '2026-11-02' : '2026-11-08'}::date) RETURNING id`) as unknown as { rows: { id: string }[] }).rows;
    await db.execute(sql`INSERT INTO survey_answers (response_id, question_id, value_number) VALUES (${resp!.id}, 'helpful', ${h})`);
    if (i < 5) await db.execute(sql`INSERT INTO survey_answers (response_id, question_id, value_bool) VALUES (${resp!.id}, 'old-q', true)`);
    if (comments[i]) await db.execute(sql`INSERT INTO survey_answers (response_id, question_id, value_text) VALUES (${resp!.id}, 'comment', ${seal(comments[i])})`);
  }
  const [outside] = (await db.execute(sql`INSERT INTO survey_responses (submitted_on) VALUES ('2026-11-09'::date) RETURNING id`) as unknown as { rows: { id: string }[] }).rows;
  await db.execute(sql`INSERT INTO survey_answers (response_id, question_id, value_number) VALUES (${outside!.id}, 'helpful', 1)`);
});

async function get<T>(name: string, cookie?: string, query = RANGE) {
  return http<T>(ctx.server, 'GET', `/api/reports/${name}?${query}`, { cookie: cookie ?? (await adminSession(ctx.server)) });
}
const table = async (name: string) => {
  const res = await get<ReportTable>(name);
  expect(res.status).toBe(200);
  return res.body;
};
const row = (tbl: ReportTable, first: unknown, second?: unknown) =>
  tbl.rows.find((r) => r[0] === first && (second === undefined || r[1] === second))!;

describe('reports over a hand-computed dataset', () => {
  it('should answer the overview with hand-computed figures and withhold groups under 5 when asked by an admin', async () => {
    const res = await get<ReportOverview>('overview');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      consultations: {
        total: 13, byAudience: { self: 6, family: 7 },
        byTopic: { 'daily-life': 6, 'work-school': 0, family: 7, 'mind-health': 0, other: 0 },
      },
      // Open-hours waits 60,120,180,240,600,900: p50 = (180+240)/2, p90 = 600 + 0.5·300 (off-hours ones are not waits).
      waitSeconds: { p50: 210, p90: 750 },
      // 4 taken within 5 min, of 6 taken + 1 who left after 400 s (the one who left after 30 s does not count).
      answeredWithin5MinRate: 0.571,
      abandoned: null,
      escalations: { consult: 5, urgent: null, emergency: 0 },
      riskFlagged: 5,
      survey: { responses: 6, helpfulAverage: 3.83 },
    });
  });

  it('should bucket arrivals by day and hour of the week in Asia/Tokyo when they fall near midnight', async () => {
    const daily = await table('daily');
    expect(daily.columns).toEqual(['day', 'total', 'audience.self', 'audience.family', 'topic.daily-life', 'topic.work-school', 'topic.family', 'topic.mind-health', 'topic.other']);
    expect(daily.rows.map((r) => r[0])).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08']);
    expect(row(daily, '2026-11-02')).toEqual(['2026-11-02', 6, 6, 0, 6, 0, 0, 0, 0]);
    expect(row(daily, '2026-11-03')).toEqual(['2026-11-03', null, 0, null, 0, 0, null, 0, 0]); // the two at 23:50/23:55 JST
    expect(row(daily, '2026-11-04')).toEqual(['2026-11-04', 5, 0, 5, 0, 0, 5, 0, 0]); // 00:00–00:40 JST, still the 3rd in UTC
    const hourly = await table('hourly');
    expect(hourly.rows).toHaveLength(168);
    expect(row(hourly, 1, 10)).toEqual([1, 10, 6, 6, 0, 6, 0, 0, 0, 0]);
    expect(row(hourly, 3, 0)).toEqual([3, 0, 5, 0, 5, 0, 0, 5, 0, 0]);
    expect(row(hourly, 2, 23)).toEqual([2, 23, null, 0, null, 0, 0, null, 0, 0]);
    expect(row(hourly, 2, 14)[2]).toBe(0); // where UTC would have put them
  });

  it('should mark demand against the roster when an hour is over the threshold or has nobody on shift', async () => {
    const heat = await table('heatmap');
    expect(heat.meta.threshold).toBe(3);
    expect(row(heat, 1, 10)).toEqual([1, 10, 6, 6, 1, 6, true, false]);
    expect(row(heat, 3, 0)).toEqual([3, 0, 5, 5, 0, null, false, true]);
    expect(row(heat, 2, 23)).toEqual([2, 23, null, null, 0, null, false, true]);
    expect(row(heat, 4, 12)).toEqual([4, 12, 0, 0, 0, null, false, false]);
  });

  it('should mark by the threshold the admin set when the setting changes', async () => {
    const cookie = await adminSession(ctx.server);
    expect((await http(ctx.server, 'PUT', '/api/settings', { cookie, body: { heatmapThreshold: 10 } })).status).toBe(200);
    try {
      const heat = await table('heatmap');
      expect(heat.meta.threshold).toBe(10);
      expect(row(heat, 1, 10)[6]).toBe(false); // 6 per counselor is under 10
    } finally {
      await http(ctx.server, 'PUT', '/api/settings', { cookie, body: { heatmapThreshold: 3 } });
    }
  });

  it('should give waits, off-hours reading, abandonment and handle time when computed by hand', async () => {
    expect((await table('wait')).rows).toEqual([
      ['all', 13, 6, 210, 750, 0.571],
      ['self', 6, 6, 210, 750, 0.667],
      ['family', 7, 0, null, null, null],
    ]);
    // Read after 1–5 h: p50 = 3 h, p90 = 4 h + 0.6 h.
    expect((await table('off-hours')).rows).toEqual([
      ['all', 5, 5, 10800, 16560, 0],
      ['self', 0, 0, null, null, 0],
      ['family', 5, 5, 10800, 16560, 0],
    ]);
    const ab = await table('abandonment');
    expect(ab.rows).toEqual([[0, 60, null], [60, 300, 0], [300, 900, null], [900, 3600, 0], [3600, '', 0]]);
    expect(ab.meta).toEqual({ consultations: null, p50Seconds: null, p90Seconds: null, meanSeconds: null });
    // Handle times 600·6, 1200, 1800, 2400, 3000, 3600: p50 600, p90 3000, mean 15600/11.
    const ht = await table('handle-time');
    expect(ht.rows).toEqual([[0, 600, 0], [600, 1800, 7], [1800, 3600, null], [3600, 7200, null], [7200, '', 0]]);
    expect(ht.meta).toEqual({ consultations: 11, p50Seconds: 600, p90Seconds: 3000, meanSeconds: 1418 });
  });

  it('should count escalations, risk and per-counselor figures when the groups are that size', async () => {
    expect((await table('escalations')).rows).toEqual([['consult', 5, null], ['urgent', null, null], ['emergency', 0, 0]]);
    expect((await table('risk')).rows).toEqual([['elevated', null, null], ['high', null, null]]);
    expect((await table('counselors')).rows).toEqual([['Aoi', 6, 2100, 2100, 6], ['Ban', 5, 600, 600, 0]]);
  });

  it('should report survey questions with retired ones and list comments without links when enough answered', async () => {
    const survey = await table('survey');
    expect(survey.meta.responses).toBe(6);
    const helpful = row(survey, 'helpful');
    expect(helpful.slice(4)).toEqual([false, 6, 3.83, 0, null, null, null, null, '', '']);
    expect(row(survey, 'old-q').slice(4)).toEqual([true, 5, '', '', '', '', '', '', 5, 0]);
    const comments = await table('comments');
    expect(comments.columns).toEqual(['questionId', 'comment']);
    expect(comments.rows).toEqual([['comment', '=ありがとう'], ['comment', 'ほっとしました'], ['comment', 'また来ます']]);
  });

  it('should download each report as CSV equal to its table when asked for .csv or format=csv', async () => {
    const cookie = await adminSession(ctx.server);
    for (const name of ['overview', 'heatmap', 'daily', 'hourly', 'wait', 'off-hours', 'abandonment', 'handle-time', 'escalations', 'risk', 'survey', 'comments', 'counselors']) {
      const tbl = (await http<ReportTable>(ctx.server, 'GET', `/api/reports/${name}?${RANGE}`, { cookie })).body;
      const expected = name === 'overview' ? null : [tbl.columns, ...tbl.rows.map((r) => r.map(cellText))];
      for (const path of [`/api/reports/${name}.csv?${RANGE}`, `/api/reports/${name}?${RANGE}&format=csv`]) {
        const res = await fetch(ctx.server.url + path, { headers: { cookie } });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain('text/csv');
        const parsed = parseCsv(await res.text());
        if (expected) expect(parsed).toEqual(expected);
        else expect(parsed.slice(0, 2)).toEqual([['metric', 'value'], ['consultations.total', '13']]);
      }
    }
  });

  it('should refuse counselors, strangers and bad ranges when they ask', async () => {
    const counselor = await createStaff(ctx.server);
    expect((await get('overview', counselor.cookie)).status).toBe(403);
    expect((await http(ctx.server, 'GET', `/api/reports/overview?${RANGE}`)).status).toBe(401);
    const supervisor = await createStaff(ctx.server, { roles: ['supervisor'] });
    expect((await get('overview', supervisor.cookie)).status).toBe(200);
    for (const q of ['from=2026-11-08T15:00:00Z&to=2026-11-01T15:00:00Z', 'from=yesterday&to=2026-11-01T15:00:00Z', 'to=2026-11-01T15:00:00Z']) {
      const res = await get<{ error: { code: string } }>('overview', undefined, q);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_PAYLOAD');
    }
  });
});
