import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/raw.js';
import type { QuestionFigures } from './survey.rules.js';

/** Survey responses carry their day in the service's zone and nothing finer: a range is a span of days, both ends included. */
export interface DayRange {
  fromDay: string;
  toDay: string;
}

const inDays = (d: DayRange): SQL => sql`r.submitted_on >= ${d.fromDay}::date AND r.submitted_on <= ${d.toDay}::date`;


/** Read-only SQL over the survey tables (issue 11's survey). No table links an answer to a consultation. */
export const surveyReportRepository = {
  async responses(db: Db, d: DayRange): Promise<number> {
    const [row] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM survey_responses r WHERE ${inDays(d)}`);
    return row?.n ?? 0;
  },

  /** Every current question, and retired ones that still have answers in the range; current first, in their order. */
  async questions(db: Db, d: DayRange): Promise<QuestionFigures[]> {
    const found = await rows<QuestionFigures>(db, sql`
      SELECT q.id, q.kind, q.text_ja AS "textJa", q.text_en AS "textEn", q.retired_at IS NOT NULL AS retired,
             count(a.response_id)::int AS answers,
             avg(a.value_number)::float8 AS average,
             count(*) FILTER (WHERE a.value_number = 1)::int AS n1, count(*) FILTER (WHERE a.value_number = 2)::int AS n2,
             count(*) FILTER (WHERE a.value_number = 3)::int AS n3, count(*) FILTER (WHERE a.value_number = 4)::int AS n4,
             count(*) FILTER (WHERE a.value_number = 5)::int AS n5,
             count(*) FILTER (WHERE a.value_bool)::int AS yes, count(*) FILTER (WHERE a.value_bool = false)::int AS no
        FROM survey_questions q
        LEFT JOIN (survey_answers a JOIN survey_responses r ON r.id = a.response_id AND ${inDays(d)}) ON a.question_id = q.id
       GROUP BY q.id
      HAVING q.retired_at IS NULL OR count(a.response_id) > 0
       ORDER BY q.retired_at IS NOT NULL, q.position, q.id`);
    return found.map((q) => ({ ...q, average: q.average === null ? null : Number(q.average) }));
  },

  /** The comments (text answers) in the range, as stored (sealed or not); no day, no id, nothing to tie one to a chat. */
  async comments(db: Db, d: DayRange): Promise<{ questionId: string; value: string }[]> {
    return rows(db, sql`
      SELECT a.question_id AS "questionId", a.value_text AS value
        FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
        JOIN survey_questions q ON q.id = a.question_id AND q.kind = 'text'
       WHERE ${inDays(d)} AND a.value_text IS NOT NULL AND a.value_text <> ''`);
  },
};
