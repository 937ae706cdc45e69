/** Survey constants without zod, so the visitor's chunk can read them without the schemas (issue 11). */
export const SURVEY_KINDS = ['scale', 'yesno', 'text'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const SURVEY_LIMITS = {
  /** A `text` answer, after trimming. */
  answerText: 1000,
  scaleMin: 1,
  scaleMax: 5,
  questionText: 300,
  /** Answers in one submission (far more than any survey has questions). */
  answers: 50,
  questions: 50,
} as const;

/** The default questions the migration seeds; their ids are part of the contract. */
export const DEFAULT_SURVEY_QUESTION_IDS = ['helpful', 'safe', 'again', 'comment'] as const;
