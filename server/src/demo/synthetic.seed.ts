import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { seal } from '../crypto/index.js';
import type { Db } from '../db/client.js';
import { rows } from '../db/raw.js';
import { localHourReader } from '../reports/hour-of-week.rules.js';
import {
  COMMENTS, familyIntakeOf, HOUR_WEIGHTS, isOpenHour, OPENS_AT, openUntil, pick, prng, referralsOf, TOPIC_WEIGHTS, visitOf, WEEKDAY_WEIGHTS,
} from './synthetic.rules.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BATCH = 5000;
const COUNSELORS = 12;

export interface SyntheticOptions {
  consultations: number;
  days: number;
  seed: number;
  timeZone: string;
  /** The history ends here (default now). */
  end?: Date;
}

export interface SyntheticResult {
  consultations: number;
  shifts: number;
  escalations: number;
  surveyResponses: number;
  referrals: number;
}

/**
 * Writes a synthetic history in bulk (batches of 5,000 rows as one jsonb parameter each, so it works alike on
 * PostgreSQL and PGlite): counselors, a roster for every day, consultations with their waits, closes and risk,
 * escalations, and survey responses with sealed comments; family members' intake answers and referral cards (issue 12).
 * Messages are not written: reports never read them.
 */
export async function seedSynthetic(db: Db, opts: SyntheticOptions): Promise<SyntheticResult> {
  const rand = prng(opts.seed);
  // Issue 12's draws come from a generator of their own, so the rest of a seed's history is unchanged by them.
  const rand12 = prng(opts.seed + 12);
  const local = localHourReader(opts.timeZone);
  const end = Math.floor((opts.end ?? new Date()).getTime() / HOUR) * HOUR;
  const start = end - opts.days * DAY;
  const staffIds = await ensureCounselors(db);
  const offset = zoneOffsetMs(opts.timeZone, new Date(end));
  const localMidnight = (t: number) => Math.floor((t + offset) / DAY) * DAY - offset;

  // The roster: each local day an early (10–16 h) and a late (16 h–close) shift, three counselors each.
  const shifts: Record<string, unknown>[] = [];
  for (let day = localMidnight(start); day < end; day += DAY) {
    const { weekday } = local(new Date(day + 12 * HOUR));
    for (const [from, to] of [[OPENS_AT, 16], [16, openUntil(weekday)]] as const) {
      for (let k = 0; k < 3; k++) {
        shifts.push({ staff_id: staffIds[Math.floor(rand() * staffIds.length)], starts_at: iso(day + from * HOUR), ends_at: iso(day + to * HOUR) });
      }
    }
  }
  for (let i = 0; i < shifts.length; i += BATCH) {
    await db.execute(sql`INSERT INTO shifts (staff_id, starts_at, ends_at, role)
      SELECT x.staff_id, x.starts_at, x.ends_at, 'counselor' FROM jsonb_to_recordset(${JSON.stringify(shifts.slice(i, i + BATCH))}::jsonb)
        AS x(staff_id uuid, starts_at timestamptz, ends_at timestamptz)`);
  }

  // Arrivals: a day, then an hour by the evening-heavy weights, then a minute.
  const dayWeights = Array.from({ length: opts.days }, (_, d) => WEEKDAY_WEIGHTS[local(new Date(start + d * DAY + 12 * HOUR)).weekday - 1]!);
  const questions = await surveyQuestionIds(db);
  let escalations = 0;
  let responses = 0;
  let referrals = 0;
  for (let done = 0; done < opts.consultations; done += BATCH) {
    const cs: Record<string, unknown>[] = [];
    const es: Record<string, unknown>[] = [];
    const rs: { id: string; consultation_id: string; submitted_on: string; submitted_at: string }[] = [];
    const as: Record<string, unknown>[] = [];
    const refs: Record<string, unknown>[] = [];
    for (let i = done; i < Math.min(done + BATCH, opts.consultations); i++) {
      const day = localMidnight(start) + pick<number>(rand, dayWeights) * DAY;
      const t = day + pick<number>(rand, HOUR_WEIGHTS) * HOUR + Math.floor(rand() * HOUR);
      if (t >= end || t < start) { i--; continue; }
      const { weekday, hour } = local(new Date(t));
      const off = !isOpenHour(weekday, hour);
      const opening = hour < OPENS_AT ? localMidnight(t) + OPENS_AT * HOUR : localMidnight(t) + DAY + OPENS_AT * HOUR;
      const v = visitOf(rand, hour, off, (opening - t) / 1000);
      const id = randomUUID();
      const audience = rand() < 0.65 ? 'self' : 'family';
      const claimed = v.waitS === null ? null : t + v.waitS * 1000;
      const closed = claimed !== null ? claimed + v.handleS! * 1000 : t + v.leftAfterS! * 1000;
      const staff = claimed === null ? null : staffIds[Math.floor(rand() * staffIds.length)]!;
      const r = rand();
      const risk = claimed !== null && r < 0.015 ? 'high' : claimed !== null && r < 0.065 ? 'elevated' : 'none';
      cs.push({
        id, audience, topic: pick(rand, TOPIC_WEIGHTS[audience]), risk_level: risk, risk_rank: risk === 'high' ? 2 : risk === 'elevated' ? 1 : 0,
        created_at: iso(t), claimed_at: claimed === null ? null : iso(claimed), closed_at: iso(Math.min(closed, end)),
        close_reason: claimed === null ? (rand() < 0.5 ? 'visitor_left' : 'abandoned') : rand() < 0.3 ? 'visitor_left' : 'counselor_closed',
        assigned_staff_id: staff, started_off_hours: off, ...familyColumns(audience === 'family' ? familyIntakeOf(rand12) : null),
      });
      if (claimed === null || !staff) continue;
      const sentAt = claimed + v.handleS! * 600;
      if (sentAt < end) for (const r of referralsOf(rand12, audience)) refs.push({ consultation_id: id, staff_id: staff, ...r, created_at: iso(sentAt) });
      const e = rand();
      const level = risk === 'high' && e < 0.5 ? 'emergency' : e < 0.01 ? 'urgent' : e < 0.04 ? 'consult' : null;
      if (level) es.push({ consultation_id: id, raised_by: staff, level, created_at: iso(claimed + v.handleS! * 500), status: 'resolved' });
      if (questions.length > 0 && rand() < 0.25 && closed < end) {
        const responseId = randomUUID();
        rs.push({ id: responseId, consultation_id: id, submitted_on: localDay(opts.timeZone, closed), submitted_at: iso(closed) });
        for (const q of questions) {
          if (q.kind === 'scale') as.push({ response_id: responseId, question_id: q.id, value_number: Math.min(5, Math.max(1, Math.round(4 + (rand() - 0.6) * 3))) });
          else if (q.kind === 'yesno') as.push({ response_id: responseId, question_id: q.id, value_bool: rand() < 0.8 });
          else if (rand() < 0.15) as.push({ response_id: responseId, question_id: q.id, value_text: seal(COMMENTS[Math.floor(rand() * COMMENTS.length)]!) });
        }
      }
    }
    await insertConsultations(db, cs);
    if (es.length) await insertEscalations(db, es);
    if (rs.length) await insertSurvey(db, rs, as);
    if (refs.length) await insertReferrals(db, refs);
    escalations += es.length;
    responses += rs.length;
    referrals += refs.length;
  }
  return { consultations: opts.consultations, shifts: shifts.length, escalations, surveyResponses: responses, referrals };
}

async function insertConsultations(db: Db, cs: Record<string, unknown>[]) {
  await db.execute(sql`
    INSERT INTO consultations (id, status, audience, topic, risk_level, risk_rank, visitor_token_hash, resume_code_hash, created_at,
                               claimed_at, first_claimed_at, closed_at, close_reason, assigned_staff_id, started_off_hours,
                               last_activity_at, visitor_seen_at, family_relationship, family_age_band, family_duration, family_hopes)
    SELECT x.id, 'closed', x.audience, x.topic, x.risk_level, x.risk_rank, md5('v' || x.id::text), md5('r' || x.id::text), x.created_at,
           x.claimed_at, x.claimed_at, x.closed_at, x.close_reason, x.assigned_staff_id, x.started_off_hours, x.closed_at, x.closed_at,
           x.family_relationship, x.family_age_band, x.family_duration, x.family_hopes
      FROM jsonb_to_recordset(${JSON.stringify(cs)}::jsonb) AS x(id uuid, audience text, topic text, risk_level text, risk_rank int,
           created_at timestamptz, claimed_at timestamptz, closed_at timestamptz, close_reason text, assigned_staff_id uuid, started_off_hours boolean,
           family_relationship text, family_age_band text, family_duration text, family_hopes text[])`);
}

/** The intake answers as columns; hopes as a text[] literal (`{talk,support}`), which jsonb_to_recordset reads on both databases. */
function familyColumns(f: ReturnType<typeof familyIntakeOf> | null): Record<string, unknown> {
  if (!f) return {};
  return { family_relationship: f.relationship, family_age_band: f.ageBand, family_duration: f.duration, family_hopes: f.hopes ? `{${f.hopes.join(',')}}` : null };
}

/** Referral cards as sent: kind and area kept on the row (the synthetic history has no directory entries behind them). */
async function insertReferrals(db: Db, refs: Record<string, unknown>[]) {
  await db.execute(sql`
    INSERT INTO referrals (consultation_id, staff_id, kind, prefecture, municipality, created_at)
    SELECT x.consultation_id, x.staff_id, x.kind, x.prefecture, x.municipality, x.created_at
      FROM jsonb_to_recordset(${JSON.stringify(refs)}::jsonb) AS x(consultation_id uuid, staff_id uuid, kind text, prefecture text, municipality text, created_at timestamptz)`);
}

async function insertEscalations(db: Db, es: Record<string, unknown>[]) {
  await db.execute(sql`
    INSERT INTO escalations (consultation_id, raised_by, level, status, created_at, resolved_at)
    SELECT x.consultation_id, x.raised_by, x.level, x.status, x.created_at, x.created_at
      FROM jsonb_to_recordset(${JSON.stringify(es)}::jsonb) AS x(consultation_id uuid, raised_by uuid, level text, status text, created_at timestamptz)`);
}

async function insertSurvey(db: Db, rs: { id: string; consultation_id: string; submitted_on: string; submitted_at: string }[], as: Record<string, unknown>[]) {
  // The response carries its day only; the one-per-consultation mark is a separate row with no link to it.
  await db.execute(sql`INSERT INTO survey_responses (id, submitted_on)
    SELECT x.id, x.submitted_on FROM jsonb_to_recordset(${JSON.stringify(rs.map(({ id, submitted_on }) => ({ id, submitted_on })))}::jsonb) AS x(id uuid, submitted_on date)`);
  await db.execute(sql`INSERT INTO survey_submissions (consultation_id, submitted_at)
    SELECT x.consultation_id, x.submitted_at FROM jsonb_to_recordset(${JSON.stringify(rs.map(({ consultation_id, submitted_at }) => ({ consultation_id, submitted_at })))}::jsonb)
      AS x(consultation_id uuid, submitted_at timestamptz)`);
  await db.execute(sql`INSERT INTO survey_answers (response_id, question_id, value_number, value_bool, value_text)
    SELECT x.response_id, x.question_id, x.value_number, x.value_bool, x.value_text FROM jsonb_to_recordset(${JSON.stringify(as)}::jsonb)
      AS x(response_id uuid, question_id text, value_number int, value_bool boolean, value_text text)`);
}

/** Twelve synthetic counselors (two of them supervisors), created once; they cannot log in (no password hash matches). */
async function ensureCounselors(db: Db): Promise<string[]> {
  for (let i = 1; i <= COUNSELORS; i++) {
    const n = String(i).padStart(2, '0');
    await db.execute(sql`INSERT INTO staff (login_id, display_name, password_hash, roles)
      VALUES (${`synthetic-${n}`}, ${`相談員 ${n}`}, '!synthetic-no-login', ${i <= 2 ? '{supervisor,counselor}' : '{counselor}'}::text[])
      ON CONFLICT (login_id) DO NOTHING`);
  }
  return (await rows<{ id: string }>(db, sql`SELECT id FROM staff WHERE login_id LIKE 'synthetic-%' ORDER BY login_id`)).map((r) => r.id);
}

async function surveyQuestionIds(db: Db): Promise<{ id: string; kind: string }[]> {
  return rows(db, sql`SELECT id, kind FROM survey_questions WHERE retired_at IS NULL ORDER BY position`);
}

const iso = (t: number): string => new Date(t).toISOString();

function localDay(timeZone: string, t: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(t));
}

/** The zone's offset from UTC at `at` (fixed over the history: service zones without daylight saving, as Asia/Tokyo). */
function zoneOffsetMs(timeZone: string, at: Date): number {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(at).map((x) => [x.type, x.value]));
  return Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!) - Math.floor(at.getTime() / 1000) * 1000;
}
