import {
  AppError, AuditAction, ErrorCode, type SurveyAnswerValue, type SurveyForm, type SurveyQuestion, type SurveyQuestionAdmin,
  type SurveyQuestionCreate, type SurveyQuestionUpdate,
} from '@hidamari/shared';
import { auditRepository } from '../audit/audit.repository.js';
import type { Db } from '../db/client.js';
import { surveyRepository as repo, type QuestionRow, type QuestionWithUse } from './survey.repository.js';
import {
  answersToValues, assertCanAdd, assertSurveyOpen, assertUpdateAllowed, questionSlug, reorder, serviceDay, type QuestionFacts,
} from './survey.rules.js';

export type SurveyService = ReturnType<typeof createSurveyService>;

const facts = (q: QuestionRow): QuestionFacts => ({ id: q.id, kind: q.kind, position: q.position, retired: q.retiredAt !== null });
const forVisitor = (q: QuestionRow): SurveyQuestion => ({ id: q.id, kind: q.kind, text: { ja: q.textJa, en: q.textEn } });
const forAdmin = (q: QuestionWithUse): SurveyQuestionAdmin => ({
  id: q.id,
  kind: q.kind,
  text: { ja: q.textJa, en: q.textEn },
  position: q.position,
  retired: q.retiredAt !== null,
  retiredAt: q.retiredAt?.toISOString() ?? null,
  answered: q.answered,
});
const subjectOf = (id: string) => `survey-question:${id}`;

/** The visitor survey after a closed consultation, and the admins' editing of its questions. */
export function createSurveyService(deps: { db: Db; now: () => Date; timeZone: string }) {
  const { db, now, timeZone } = deps;

  async function adminList(tx: Db): Promise<SurveyQuestionAdmin[]> {
    return (await repo.questionsWithUse(tx)).map(forAdmin);
  }

  async function adminOne(tx: Db, id: string): Promise<SurveyQuestionAdmin> {
    const found = (await adminList(tx)).find((q) => q.id === id);
    if (!found) throw new AppError(ErrorCode.NOT_FOUND, 'no such question');
    return found;
  }

  return {
    /** The active questions in order, once the consultation has closed; `answered` when it already sent its survey. */
    async form(consultationId: string): Promise<SurveyForm> {
      assertSurveyOpen(await repo.consultationStatus(db, consultationId));
      const [questions, answered] = await Promise.all([repo.questions(db), repo.hasSubmitted(db, consultationId)]);
      return { questions: questions.filter((q) => q.retiredAt === null).map(forVisitor), answered };
    },

    /**
     * One transaction: the submission mark (whose primary key lets exactly one of two racing submissions through) and
     * an anonymous response dated by the day alone. A submission that skipped every question is marked but adds no response.
     */
    async submit(consultationId: string, answers: Record<string, SurveyAnswerValue>): Promise<void> {
      await db.transaction(async (tx) => {
        assertSurveyOpen(await repo.consultationStatus(tx, consultationId));
        const values = answersToValues(answers, (await repo.questions(tx)).map(facts));
        const at = now();
        if (!(await repo.markSubmitted(tx, consultationId, at))) {
          throw new AppError(ErrorCode.ALREADY_ANSWERED, 'this consultation has already answered the survey');
        }
        if (values.length > 0) await repo.insertResponse(tx, serviceDay(at, timeZone), values);
      });
    },

    /** Every question, retired ones marked, in survey order. */
    list: (): Promise<SurveyQuestionAdmin[]> => adminList(db),

    async create(input: SurveyQuestionCreate, staffId: string): Promise<SurveyQuestionAdmin> {
      return db.transaction(async (tx) => {
        await repo.lockQuestions(tx);
        const existing = await repo.questions(tx);
        const position = assertCanAdd(existing.map(facts));
        const id = questionSlug(input.text.en, new Set(existing.map((q) => q.id)));
        const row = await repo.insertQuestion(tx, { id, kind: input.kind, textJa: input.text.ja, textEn: input.text.en, position });
        await auditRepository.record(tx, {
          action: AuditAction.surveyQuestionCreated, staffId, subject: subjectOf(id), data: { kind: row.kind, position },
        });
        return forAdmin({ ...row, answered: false });
      });
    },

    /** Texts, kind (only while unanswered), retire or restore. An update that changes nothing writes nothing. */
    async update(id: string, input: SurveyQuestionUpdate, staffId: string): Promise<SurveyQuestionAdmin> {
      return db.transaction(async (tx) => {
        await repo.lockQuestions(tx);
        const before = await adminOne(tx, id);
        assertUpdateAllowed({ id, kind: before.kind, position: before.position, retired: before.retired }, input, before.answered);
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        const values: Parameters<typeof repo.updateQuestion>[2] = {};
        if (input.text?.ja !== undefined && input.text.ja !== before.text.ja) {
          values.textJa = input.text.ja;
          changes.textJa = { from: before.text.ja, to: input.text.ja };
        }
        if (input.text?.en !== undefined && input.text.en !== before.text.en) {
          values.textEn = input.text.en;
          changes.textEn = { from: before.text.en, to: input.text.en };
        }
        if (input.kind !== undefined && input.kind !== before.kind) {
          values.kind = input.kind;
          changes.kind = { from: before.kind, to: input.kind };
        }
        if (input.retired !== undefined && input.retired !== before.retired) {
          values.retiredAt = input.retired ? now() : null;
          changes.retired = { from: before.retired, to: input.retired };
        }
        if (Object.keys(changes).length === 0) return before;
        await repo.updateQuestion(tx, id, values);
        await auditRepository.record(tx, { action: AuditAction.surveyQuestionUpdated, staffId, subject: subjectOf(id), data: { changes } });
        return adminOne(tx, id);
      });
    },

    /** A new order of the questions (see `reorder`); answers every question in it. */
    async reorder(ids: readonly string[], staffId: string): Promise<SurveyQuestionAdmin[]> {
      return db.transaction(async (tx) => {
        await repo.lockQuestions(tx);
        const existing = await repo.questions(tx);
        const positions = reorder(existing.map(facts), ids);
        const old = new Map(existing.map((q) => [q.id, q.position]));
        const moved = positions.filter(([id, position]) => old.get(id) !== position);
        for (const [id, position] of moved) await repo.updateQuestion(tx, id, { position });
        if (moved.length > 0) {
          await auditRepository.record(tx, {
            action: AuditAction.surveyQuestionsReordered, staffId, subject: 'survey-questions', data: { order: positions.map(([id]) => id) },
          });
        }
        return adminList(tx);
      });
    },
  };
}
