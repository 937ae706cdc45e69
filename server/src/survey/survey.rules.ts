import {
  AppError, ErrorCode, SURVEY_LIMITS, type SurveyAnswerValue, type SurveyKind, type SurveyQuestionUpdate,
} from '@hidamari/shared';

/** A question as the rules see it. */
export interface QuestionFacts {
  id: string;
  kind: SurveyKind;
  position: number;
  retired: boolean;
}

/** One stored answer: exactly one of the three values is set, by the question's kind. */
export interface AnswerValue {
  questionId: string;
  valueNumber: number | null;
  valueBool: boolean | null;
  valueText: string | null;
}

const refuse = (id: string, message: string) => new AppError(ErrorCode.INVALID_PAYLOAD, `answers.${id}: ${message}`, `answers.${id}`);

/** The survey opens once the consultation is over; before that there is nothing to look back on. */
export function assertSurveyOpen(status: string | undefined): void {
  if (status === undefined) throw new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
  if (status !== 'closed') throw new AppError(ErrorCode.CONFLICT, 'the survey opens after the consultation has closed');
}

/**
 * Checks each answer against its question's kind and turns it into a stored value. Answers are optional: null and an
 * empty text (after the shared trimming) are skipped. An id that is not an active question is refused, naming it.
 */
export function answersToValues(answers: Record<string, SurveyAnswerValue>, questions: readonly QuestionFacts[]): AnswerValue[] {
  const active = new Map(questions.filter((q) => !q.retired).map((q) => [q.id, q]));
  const out: AnswerValue[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const question = active.get(id);
    if (!question) throw refuse(id, 'not a question of this survey');
    if (value === null || value === '') continue;
    out.push({ questionId: id, ...valueFor(question, value) });
  }
  return out;
}

function valueFor(q: QuestionFacts, value: number | boolean | string): Omit<AnswerValue, 'questionId'> {
  const none = { valueNumber: null, valueBool: null, valueText: null };
  switch (q.kind) {
    case 'scale':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < SURVEY_LIMITS.scaleMin || value > SURVEY_LIMITS.scaleMax) {
        throw refuse(q.id, `must be a whole number from ${SURVEY_LIMITS.scaleMin} to ${SURVEY_LIMITS.scaleMax}`);
      }
      return { ...none, valueNumber: value };
    case 'yesno':
      if (typeof value !== 'boolean') throw refuse(q.id, 'must be true or false');
      return { ...none, valueBool: value };
    case 'text':
      if (typeof value !== 'string') throw refuse(q.id, 'must be text');
      if ([...value].length > SURVEY_LIMITS.answerText) throw refuse(q.id, `must be at most ${SURVEY_LIMITS.answerText} characters`);
      return { ...none, valueText: value };
  }
}

/** The calendar day of `at` in the service's time zone (`YYYY-MM-DD`): all a response records of when it came. */
export function serviceDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * A readable id for a new question from its English text (`was-the-wait-ok`), made unique against `taken`;
 * `q-<n>` when the text has no latin letters or digits.
 */
export function questionSlug(textEn: string, taken: ReadonlySet<string>): string {
  const base = textEn
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const stem = base === '' ? 'q' : base;
  if (base !== '' && !taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A new question goes last; a center's survey stays short. */
export function assertCanAdd(questions: readonly QuestionFacts[]): number {
  if (questions.filter((q) => !q.retired).length >= SURVEY_LIMITS.questions) {
    throw new AppError(ErrorCode.CONFLICT, `a survey has at most ${SURVEY_LIMITS.questions} active questions`);
  }
  return questions.reduce((max, q) => Math.max(max, q.position), 0) + 1;
}

/** Answers already given keep their meaning: the kind of a question someone answered is fixed. */
export function assertUpdateAllowed(question: QuestionFacts, update: SurveyQuestionUpdate, answered: boolean): void {
  if (update.kind !== undefined && update.kind !== question.kind && answered) {
    throw new AppError(ErrorCode.CONFLICT, 'the kind of a question that has answers cannot change; retire it and add a new one', 'kind');
  }
}

/**
 * New positions from an admin's order: every active question must be listed once (retired ones may be); retired
 * ones left out follow, in their old order. Answers `[id, position]` for every question.
 */
export function reorder(questions: readonly QuestionFacts[], ids: readonly string[]): [string, number][] {
  const known = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (!known.has(id)) throw new AppError(ErrorCode.INVALID_PAYLOAD, `ids.${i}: no such question`, `ids.${i}`);
    if (seen.has(id)) throw new AppError(ErrorCode.INVALID_PAYLOAD, `ids.${i}: listed twice`, `ids.${i}`);
    seen.add(id);
  });
  const missing = questions.find((q) => !q.retired && !seen.has(q.id));
  if (missing) throw new AppError(ErrorCode.INVALID_PAYLOAD, `ids: must list every active question (missing ${missing.id})`, 'ids');
  const rest = [...questions].filter((q) => !seen.has(q.id)).sort((a, b) => a.position - b.position).map((q) => q.id);
  return [...ids, ...rest].map((id, i) => [id, i + 1]);
}
