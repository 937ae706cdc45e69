/**
 * Reports (issue 11), for admins and supervisors. `GET /api/reports/overview?from=&to=` answers the overview below;
 * every other report is a table (`GET /api/reports/<name>?from=&to=`) whose rows are what its chart draws.
 * Each also downloads as CSV: `GET /api/reports/<name>.csv?from=&to=` (or `?format=csv`), the same table.
 * A count of a group smaller than five consultations, and every figure drawn from such a group, is `null`
 * ("fewer than 5"), so that no number can single out a person.
 */
import { z } from 'zod';
import { InstantSchema } from './common.schemas.js';

/** Groups with 1 to 4 consultations are suppressed; 0 is shown as 0 (there is nobody to single out). */
export const SUPPRESS_BELOW = 5;
/** The longest range one request may ask for. */
export const REPORT_MAX_DAYS = 800;
/** The default heatmap threshold: average arrivals per counselor in one hour above which the hour is marked. */
export const DEFAULT_HEATMAP_THRESHOLD = 3;

export const REPORT_NAMES = [
  'overview', 'heatmap', 'daily', 'hourly', 'wait', 'off-hours', 'abandonment', 'handle-time', 'escalations', 'risk',
  'survey', 'comments', 'counselors', 'family', 'family-cross', 'referrals',
] as const;
export type ReportName = (typeof REPORT_NAMES)[number];
/** Reports that are tables (everything but the overview, whose shape is the contract below). */
export type TableReportName = Exclude<ReportName, 'overview'>;

/**
 * Issue 12. `family`: family consultations (audience `family`) by each intake question (`relationship`, `ageBand`,
 * `duration`, `hope`), one row per answer and one for `unanswered`; a consultation with two hopes counts under both.
 * `family-cross`: relationship × age band. `referrals`: referral cards sent in the range by service kind, by prefecture
 * and by prefecture and municipality (`group` says which; an empty municipality in that group is "not given").
 */
export const FAMILY_REPORT_QUESTIONS = ['relationship', 'ageBand', 'duration', 'hope'] as const;
export type FamilyReportQuestion = (typeof FAMILY_REPORT_QUESTIONS)[number];
/** The answer of a family intake question left unanswered (in `family` and `family-cross` rows). */
export const UNANSWERED = 'unanswered';
export const REFERRAL_REPORT_GROUPS = ['kind', 'prefecture', 'municipality'] as const;
export type ReferralReportGroup = (typeof REFERRAL_REPORT_GROUPS)[number];

export const ReportQuerySchema = z
  .object({ from: InstantSchema, to: InstantSchema, format: z.enum(['json', 'csv']).optional() })
  .refine((q) => Date.parse(q.from) < Date.parse(q.to), { message: 'from must be before to', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= REPORT_MAX_DAYS * 86_400_000, {
    message: `at most ${REPORT_MAX_DAYS} days`, path: ['to'],
  });
export type ReportQuery = z.infer<typeof ReportQuerySchema>;

const Count = z.number().int().nullable();
const Figure = z.number().nullable();

export const ReportOverviewSchema = z.object({
  consultations: z.object({
    total: Count,
    byAudience: z.object({ self: Count, family: Count }),
    /** Every topic id of `TOPICS`. */
    byTopic: z.record(z.string(), Count),
  }),
  /** From arrival to the first counselor taking the chat, of consultations that started while the service was open. */
  waitSeconds: z.object({ p50: Figure, p90: Figure }),
  /** Of open-hours consultations taken, or left after waiting 5 minutes or more: the share taken within 5 minutes (0–1). */
  answeredWithin5MinRate: Figure,
  /** Closed before anyone took them. */
  abandoned: Count,
  /** Escalations raised in the range, by level. */
  escalations: z.object({ consult: Count, urgent: Count, emergency: Count }),
  /** Consultations whose risk level is elevated or high. */
  riskFlagged: Count,
  survey: z.object({ responses: Count, helpfulAverage: Figure }),
});
export type ReportOverview = z.infer<typeof ReportOverviewSchema>;

/** A table cell: a number, a label (a date, an hour, an id), a flag, or null for "fewer than 5". */
export const ReportCellSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export type ReportCell = z.infer<typeof ReportCellSchema>;

export const ReportTableSchema = z.object({
  name: z.enum(REPORT_NAMES),
  from: z.string(),
  to: z.string(),
  timezone: z.string(),
  /** Column ids (stable, English): the CSV header and the web's label keys. */
  columns: z.array(z.string()),
  rows: z.array(z.array(ReportCellSchema)),
  /** Report-specific facts, e.g. the heatmap's threshold, or `suppressed: true` when a whole list is withheld. */
  meta: z.record(z.string(), ReportCellSchema),
});
export type ReportTable = z.infer<typeof ReportTableSchema>;
