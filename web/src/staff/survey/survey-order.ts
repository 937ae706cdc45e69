import type { SurveyQuestionAdmin } from '@hidamari/shared';

/** Active questions first, in survey order; retired ones after them (they keep their answers but are not asked). */
export function splitQuestions(questions: readonly SurveyQuestionAdmin[]): { active: SurveyQuestionAdmin[]; retired: SurveyQuestionAdmin[] } {
  const sorted = [...questions].sort((a, b) => a.position - b.position);
  return { active: sorted.filter((q) => !q.retired), retired: sorted.filter((q) => q.retired) };
}

/** The ids with `id` moved one place up (-1) or down (+1); null when it cannot move that way. */
export function moved(ids: readonly string[], id: string, delta: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
