import type { ReportCell } from '@hidamari/shared';
import { figureOf, suppressCount } from './suppress.rules.js';

/** One survey question's answers in a range, as the repository counts them. */
export interface QuestionFigures {
  id: string;
  kind: 'scale' | 'yesno' | 'text';
  textJa: string;
  textEn: string;
  retired: boolean;
  answers: number;
  average: number | null;
  n1: number; n2: number; n3: number; n4: number; n5: number;
  yes: number;
  no: number;
}

export const SURVEY_COLUMNS = [
  'questionId', 'kind', 'textJa', 'textEn', 'retired', 'answers', 'average', 'n1', 'n2', 'n3', 'n4', 'n5', 'yes', 'no',
] as const;

/** One row per question; figures of a question answered fewer than 5 times are withheld, kinds' unused columns left empty (''). */
export function surveyRows(questions: readonly QuestionFigures[]): ReportCell[][] {
  return questions.map((q) => {
    const scale = q.kind === 'scale';
    const yesno = q.kind === 'yesno';
    const c = (on: boolean, n: number): ReportCell => (on ? suppressCount(n) : '');
    const small = q.answers > 0 && q.answers < 5;
    return [
      q.id, q.kind, q.textJa, q.textEn, q.retired, suppressCount(q.answers),
      scale ? figureOf(q.answers, q.average, 2) : '',
      ...[q.n1, q.n2, q.n3, q.n4, q.n5].map((n) => (small && scale ? null : c(scale, n))),
      small && yesno ? null : c(yesno, q.yes),
      small && yesno ? null : c(yesno, q.no),
    ];
  });
}

export const COMMENT_COLUMNS = ['questionId', 'comment'] as const;

/**
 * Comments with nothing that ties one to a conversation: no day, no id, and in text order rather than the order they came.
 * With fewer than 5 responses in the range none is listed (a counselor who had the only chat would know whose it was).
 */
export function commentRows(responses: number, comments: readonly { questionId: string; text: string }[]): { rows: ReportCell[][]; suppressed: boolean } {
  if (responses < 5) return { rows: [], suppressed: comments.length > 0 };
  const rows = comments
    .map((c) => ({ ...c, text: c.text.trim() }))
    .filter((c) => c.text.length > 0)
    .sort((a, b) => (a.questionId === b.questionId ? a.text.localeCompare(b.text, 'ja') : a.questionId.localeCompare(b.questionId)))
    .map((c) => [c.questionId, c.text]);
  return { rows, suppressed: false };
}
