/**
 * The visitor survey (issue 11, "Visitor feedback"): on `/visitor` after the consultation closes, `survey:get` and
 * `survey:submit`; admins edit the questions over HTTP (`/api/survey/questions`).
 */
import { z } from 'zod';
import { InputTextSchema } from './common.schemas.js';

import { SURVEY_KINDS, SURVEY_LIMITS, type SurveyKind } from '../survey.js';

export { SURVEY_KINDS, SURVEY_LIMITS, DEFAULT_SURVEY_QUESTION_IDS, type SurveyKind } from '../survey.js';

/** Question ids are slugs: lower-case letters, digits and hyphens. */
export const SurveyQuestionIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'lower-case letters, digits and hyphens');

const LocalizedTextSchema = z.object({
  ja: InputTextSchema.trim().min(1).max(SURVEY_LIMITS.questionText),
  en: InputTextSchema.trim().min(1).max(SURVEY_LIMITS.questionText),
});

/** What a visitor is asked: active questions in order. */
export interface SurveyQuestion {
  id: string;
  kind: SurveyKind;
  text: { ja: string; en: string };
}

/** One answer as sent: a number for `scale`, a boolean for `yesno`, a string for `text`; null (or an empty text) skips it. */
export const SurveyAnswerValueSchema = z.union([z.number(), z.boolean(), InputTextSchema.trim(), z.null()]);
export type SurveyAnswerValue = z.infer<typeof SurveyAnswerValueSchema>;

/** `survey:submit`. Every answer is optional; each is checked against its question's kind on the server. */
export const SurveySubmitSchema = z.object({
  answers: z
    .record(z.string().max(60), SurveyAnswerValueSchema)
    .refine((a) => Object.keys(a).length <= SURVEY_LIMITS.answers, `at most ${SURVEY_LIMITS.answers} answers`),
});
export type SurveySubmit = z.infer<typeof SurveySubmitSchema>;

/** `survey:get`'s answer: `answered` says this consultation already sent its survey (a client shows a quiet note instead). */
export interface SurveyForm {
  questions: SurveyQuestion[];
  answered: boolean;
}

// ---- admin HTTP ----

/** A question as admins see it: with its place and whether it is retired. */
export const SurveyQuestionAdminSchema = z.object({
  id: z.string(),
  kind: z.enum(SURVEY_KINDS),
  text: z.object({ ja: z.string(), en: z.string() }),
  position: z.number().int(),
  retired: z.boolean(),
  retiredAt: z.string().nullable(),
  /** Whether any answer refers to it (then its kind cannot change). */
  answered: z.boolean(),
});
export type SurveyQuestionAdmin = z.infer<typeof SurveyQuestionAdminSchema>;

export const SurveyQuestionCreateSchema = z.object({ kind: z.enum(SURVEY_KINDS), text: LocalizedTextSchema });
export type SurveyQuestionCreate = z.infer<typeof SurveyQuestionCreateSchema>;

/** `PATCH /api/survey/questions/:id`: any of the texts, retire (true) or restore (false), or the kind while nobody has answered it. */
export const SurveyQuestionUpdateSchema = z
  .object({
    text: LocalizedTextSchema.partial().optional(),
    retired: z.boolean().optional(),
    kind: z.enum(SURVEY_KINDS).optional(),
  })
  .refine((v) => v.text !== undefined || v.retired !== undefined || v.kind !== undefined, 'nothing to update');
export type SurveyQuestionUpdate = z.infer<typeof SurveyQuestionUpdateSchema>;

/** `PUT /api/survey/questions/order`: every active question once, in the new order (retired ones may be listed too). */
export const SurveyQuestionOrderSchema = z.object({
  ids: z.array(SurveyQuestionIdSchema).min(1).max(SURVEY_LIMITS.questions * 4),
});
export type SurveyQuestionOrder = z.infer<typeof SurveyQuestionOrderSchema>;

export const SurveyQuestionParamsSchema = z.object({ id: SurveyQuestionIdSchema });

export const SurveyQuestionResponseSchema = z.object({ question: SurveyQuestionAdminSchema });
export const SurveyQuestionListResponseSchema = z.object({ questions: z.array(SurveyQuestionAdminSchema) });
