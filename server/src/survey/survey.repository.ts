import type { SurveyKind } from '@hidamari/shared';
import { asc, eq, sql } from 'drizzle-orm';
import { seal } from '../crypto/index.js';
import type { Db } from '../db/client.js';
import { consultations, surveyAnswers, surveyQuestions, surveyResponses, surveySubmissions } from '../db/schema.js';

export type QuestionRow = typeof surveyQuestions.$inferSelect;
export interface QuestionWithUse extends QuestionRow {
  answered: boolean;
}

/** Two-int advisory key space of the question editor's lock (the roster's and the sweeper's live apart). */
const SURVEY_LOCK_SPACE = 72_700_011;

/** The survey tables. Answers are written with no reference to the consultation and with the day only. */
export const surveyRepository = {
  /** Serialises edits of the question list until the transaction ends, so a generated id or a new order never collides. */
  async lockQuestions(db: Db): Promise<void> {
    await db.execute(sql`SELECT pg_advisory_xact_lock(${SURVEY_LOCK_SPACE}, 0)`);
  },

  async questions(db: Db): Promise<QuestionRow[]> {
    return db.select().from(surveyQuestions).orderBy(asc(surveyQuestions.position), asc(surveyQuestions.createdAt));
  },

  /** Every question with whether any answer refers to it (one grouped scan of the answers' question index). */
  async questionsWithUse(db: Db): Promise<QuestionWithUse[]> {
    const used = db.selectDistinct({ questionId: surveyAnswers.questionId }).from(surveyAnswers).as('used');
    const rows = await db
      .select({ q: surveyQuestions, usedId: used.questionId })
      .from(surveyQuestions)
      .leftJoin(used, eq(used.questionId, surveyQuestions.id))
      .orderBy(asc(surveyQuestions.position), asc(surveyQuestions.createdAt));
    return rows.map(({ q, usedId }) => ({ ...q, answered: usedId !== null }));
  },

  async insertQuestion(db: Db, q: { id: string; kind: SurveyKind; textJa: string; textEn: string; position: number }): Promise<QuestionRow> {
    const [row] = await db.insert(surveyQuestions).values(q).returning();
    return row!;
  },

  async updateQuestion(db: Db, id: string, values: Partial<Pick<QuestionRow, 'kind' | 'textJa' | 'textEn' | 'retiredAt' | 'position'>>): Promise<void> {
    await db.update(surveyQuestions).set(values).where(eq(surveyQuestions.id, id));
  },

  async consultationStatus(db: Db, consultationId: string): Promise<string | undefined> {
    const [row] = await db.select({ status: consultations.status }).from(consultations).where(eq(consultations.id, consultationId));
    return row?.status;
  },

  async hasSubmitted(db: Db, consultationId: string): Promise<boolean> {
    const [row] = await db.select({ id: surveySubmissions.consultationId }).from(surveySubmissions).where(eq(surveySubmissions.consultationId, consultationId));
    return row !== undefined;
  },

  /**
   * Records that the consultation answered. The primary key decides between two submissions at once: the second
   * waits for the first to commit and then inserts nothing (false).
   */
  async markSubmitted(db: Db, consultationId: string, at: Date): Promise<boolean> {
    const rows = await db
      .insert(surveySubmissions)
      .values({ consultationId, submittedAt: at })
      .onConflictDoNothing({ target: surveySubmissions.consultationId })
      .returning({ id: surveySubmissions.consultationId });
    return rows.length > 0;
  },

  /** One anonymous response (its day only) and its answers; the comment is sealed at rest. */
  async insertResponse(
    db: Db,
    day: string,
    answers: readonly { questionId: string; valueNumber: number | null; valueBool: boolean | null; valueText: string | null }[],
  ): Promise<void> {
    const [response] = await db.insert(surveyResponses).values({ submittedOn: day }).returning({ id: surveyResponses.id });
    await db.insert(surveyAnswers).values(
      answers.map((a) => ({ ...a, responseId: response!.id, valueText: a.valueText === null ? null : seal(a.valueText) })),
    );
  },
};
