import { FAMILY_REPORT_QUESTIONS, type ReportCell, type ReportOverview, type ReportTable, type TableReportName } from '@hidamari/shared';
import { open } from '../crypto/index.js';
import type { Db } from '../db/client.js';
import type { SettingsService } from '../settings/settings.service.js';
import { toCsv } from './csv.rules.js';
import { FAMILY_COLUMNS, FAMILY_CROSS_COLUMNS, familyCrossRows, familyRows, familyTotal } from './family.rules.js';
import { HEATMAP_COLUMNS, heatmapRows } from './heatmap.rules.js';
import { HOURS_OF_WEEK, hourOccurrences, localDays, rosteredHours } from './hour-of-week.rules.js';
import { REFERRAL_COLUMNS, referralRows } from './referrals.rules.js';
import { reportsRepository as repo, type Range } from './reports.repository.js';
import { surveyReportRepository as survey, type DayRange } from './survey-report.repository.js';
import { figureOf, suppressCount } from './suppress.rules.js';
import {
  ABANDON_EDGES, BUCKET_COLUMNS, bucketRows, durationMeta, HANDLE_EDGES, MIX_COLUMNS, mixRows, OFF_HOURS_COLUMNS, offHoursRows,
  overviewOf, overviewRows, WAIT_COLUMNS, waitRows, weekHourKeys,
} from './tables.rules.js';
import { COMMENT_COLUMNS, commentRows, SURVEY_COLUMNS, surveyRows } from './survey.rules.js';

export type ReportsService = ReturnType<typeof createReportsService>;

/** A range of arrival times, [from, to). */
export interface Span {
  from: Date;
  to: Date;
}

interface Built {
  columns: readonly string[];
  rows: ReportCell[][];
  meta?: Record<string, ReportCell>;
}

/** Reports for admins and supervisors: read-only queries over consultation rows, escalations, shifts, referrals and the survey. */
export function createReportsService(deps: { db: Db; settings: Pick<SettingsService, 'current'>; timeZone: string }) {
  const { db, timeZone } = deps;

  const days = (r: Range): DayRange => {
    const all = localDays(r.from, r.to, timeZone);
    return { fromDay: all[0]!, toDay: all[all.length - 1]! };
  };

  const builders: Record<TableReportName, (r: Range) => Promise<Built>> = {
    async heatmap(r) {
      const [found, spans, { heatmapThreshold }] = await Promise.all([repo.byHourOfWeek(db, r), repo.counselShifts(db, r), deps.settings.current()]);
      const arrivals = new Array<number>(HOURS_OF_WEEK).fill(0);
      for (const f of found) arrivals[f.how]! += f.n;
      const rows = heatmapRows({
        arrivals, occurrences: hourOccurrences(r.from, r.to, timeZone), counselorHours: rosteredHours(spans, r.from, r.to, timeZone), threshold: heatmapThreshold,
      });
      return { columns: HEATMAP_COLUMNS, rows, meta: { threshold: heatmapThreshold } };
    },
    async daily(r) {
      const keys = localDays(r.from, r.to, timeZone);
      const found = (await repo.byDay(db, r)).map((f) => ({ ...f, k: f.day }));
      return { columns: ['day', ...MIX_COLUMNS], rows: mixRows(keys.map((d) => [d]), (i) => keys[i]!, found) };
    },
    async hourly(r) {
      const found = (await repo.byHourOfWeek(db, r)).map((f) => ({ ...f, k: String(f.how) }));
      return { columns: ['weekday', 'hour', ...MIX_COLUMNS], rows: mixRows(weekHourKeys(), String, found) };
    },
    async wait(r) {
      return { columns: WAIT_COLUMNS, rows: waitRows(await repo.waitByAudience(db, r)) };
    },
    async 'off-hours'(r) {
      return { columns: OFF_HOURS_COLUMNS, rows: offHoursRows(await repo.offHours(db, r)) };
    },
    async abandonment(r) {
      const d = await repo.abandonment(db, r, ABANDON_EDGES);
      return { columns: BUCKET_COLUMNS, rows: bucketRows(ABANDON_EDGES, d.buckets), meta: durationMeta(d) };
    },
    async 'handle-time'(r) {
      const d = await repo.handleTime(db, r, HANDLE_EDGES);
      return { columns: BUCKET_COLUMNS, rows: bucketRows(HANDLE_EDGES, d.buckets), meta: durationMeta(d) };
    },
    async escalations(r) {
      const found = await repo.escalations(db, r);
      const rows = (['consult', 'urgent', 'emergency'] as const).map((level) => {
        const f = found.find((x) => x.level === level);
        return [level, suppressCount(f?.n ?? 0), suppressCount(f?.consultations ?? 0)];
      });
      return { columns: ['level', 'escalations', 'consultations'], rows };
    },
    async risk(r) {
      const found = await repo.countBy(db, r, 'risk_level');
      const total = [...found.values()].reduce((a, b) => a + b, 0);
      const rows = (['elevated', 'high'] as const).map((level) => {
        const n = found.get(level) ?? 0;
        return [level, suppressCount(n), suppressCount(n) === null ? null : figureOf(total, total ? n / total : null, 3)];
      });
      return { columns: ['riskLevel', 'consultations', 'share'], rows, meta: { consultations: suppressCount(total) } };
    },
    async survey(r) {
      const d = days(r);
      const [responses, questions] = await Promise.all([survey.responses(db, d), survey.questions(db, d)]);
      return { columns: SURVEY_COLUMNS, rows: surveyRows(questions), meta: { responses: suppressCount(responses) } };
    },
    async comments(r) {
      const d = days(r);
      const responses = await survey.responses(db, d);
      const found = await survey.comments(db, d);
      const { rows, suppressed } = commentRows(responses, found.map((c) => ({ questionId: c.questionId, text: open(c.value) })));
      return { columns: COMMENT_COLUMNS, rows, meta: { suppressed } };
    },
    async counselors(r) {
      const found = await repo.counselors(db, r);
      const rows = found.map((c) => [
        c.name, suppressCount(c.handled), figureOf(c.handled, c.p50), figureOf(c.handled, c.mean), suppressCount(c.escalations),
      ]);
      return { columns: ['counselor', 'chatsHandled', 'handleP50Seconds', 'handleMeanSeconds', 'escalationsRaised'], rows };
    },
    async family(r) {
      const groups = await repo.familyGroups(db, r);
      return { columns: FAMILY_COLUMNS, rows: familyRows(groups, FAMILY_REPORT_QUESTIONS), meta: { consultations: suppressCount(familyTotal(groups)) } };
    },
    async 'family-cross'(r) {
      const groups = await repo.familyGroups(db, r);
      return { columns: FAMILY_CROSS_COLUMNS, rows: familyCrossRows(groups), meta: { consultations: suppressCount(familyTotal(groups)) } };
    },
    async referrals(r) {
      const [groups, consultations] = await Promise.all([repo.referralGroups(db, r), repo.referralConsultations(db, r)]);
      const total = groups.reduce((a, g) => a + g.n, 0);
      return { columns: REFERRAL_COLUMNS, rows: referralRows(groups), meta: { referrals: suppressCount(total), consultations: suppressCount(consultations) } };
    },
  };

  async function overview(span: Span): Promise<ReportOverview> {
    const r: Range = { ...span, timeZone };
    const d = days(r);
    const [counts, byTopic, esc, responses, questions] = await Promise.all([
      repo.overview(db, r), repo.countBy(db, r, 'topic'), repo.escalations(db, r), survey.responses(db, d), survey.questions(db, d),
    ]);
    const helpful = questions.find((q) => q.id === 'helpful');
    return overviewOf({
      ...counts,
      byTopic,
      escalations: new Map(esc.map((e) => [e.level, e.n])),
      surveyResponses: responses,
      helpful: { answers: helpful?.answers ?? 0, average: helpful?.average ?? null },
    });
  }

  async function table(name: TableReportName | 'overview', span: Span): Promise<ReportTable> {
    const r: Range = { ...span, timeZone };
    const built: Built = name === 'overview' ? { columns: ['metric', 'value'], rows: overviewRows(await overview(r)) } : await builders[name](r);
    return {
      name, from: r.from.toISOString(), to: r.to.toISOString(), timezone: timeZone,
      columns: [...built.columns], rows: built.rows, meta: built.meta ?? {},
    };
  }

  return {
    overview,
    table,
    async csv(name: TableReportName | 'overview', span: Span): Promise<string> {
      const t = await table(name, span);
      return toCsv(t.columns, t.rows);
    },
  };
}
