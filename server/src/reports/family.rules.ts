import {
  FAMILY_AGE_BANDS, FAMILY_DURATIONS, FAMILY_HOPES, FAMILY_RELATIONSHIPS, UNANSWERED, type FamilyReportQuestion, type ReportCell,
} from '@hidamari/shared';
import { figureOf, suppressCount } from './suppress.rules.js';

/** Family consultations sharing one set of intake answers (null: not answered), as the repository groups them. */
export interface FamilyGroup {
  relationship: string | null;
  ageBand: string | null;
  duration: string | null;
  hopes: readonly string[] | null;
  n: number;
}

export const FAMILY_COLUMNS = ['question', 'answer', 'consultations', 'share'] as const;

const ANSWERS: Record<FamilyReportQuestion, readonly string[]> = {
  relationship: FAMILY_RELATIONSHIPS, ageBand: FAMILY_AGE_BANDS, duration: FAMILY_DURATIONS, hope: FAMILY_HOPES,
};

/** The answers a group gave to a question: none means "unanswered"; a hope named twice counts once. */
function answersOf(g: FamilyGroup, q: FamilyReportQuestion): string[] {
  if (q === 'hope') return g.hopes && g.hopes.length > 0 ? [...new Set(g.hopes)] : [UNANSWERED];
  return [g[q] ?? UNANSWERED];
}

/** Known answers in intake order, then any the intake no longer offers, then "unanswered" (always listed). */
function keysOf(q: FamilyReportQuestion, counts: ReadonlyMap<string, number>): string[] {
  const known = ANSWERS[q];
  const others = [...counts.keys()].filter((k) => k !== UNANSWERED && !known.includes(k)).sort();
  return [...known, ...others, UNANSWERED];
}

export const familyTotal = (groups: readonly FamilyGroup[]): number => groups.reduce((a, g) => a + g.n, 0);

/**
 * One row per question and answer: the count, suppressed from 1 to 4, and its share of all family consultations in the
 * range (withheld with the count, or when there are fewer than 5 in all). Hopes are several per consultation, so their
 * shares add up to more than 1.
 */
export function familyRows(groups: readonly FamilyGroup[], questions: readonly FamilyReportQuestion[]): ReportCell[][] {
  const total = familyTotal(groups);
  return questions.flatMap((q) => {
    const counts = new Map<string, number>();
    for (const g of groups) for (const a of answersOf(g, q)) counts.set(a, (counts.get(a) ?? 0) + g.n);
    return keysOf(q, counts).map((answer) => {
      const n = counts.get(answer) ?? 0;
      const shown = suppressCount(n);
      return [q, answer, shown, shown === null || total === 0 ? null : figureOf(total, n / total, 3)];
    });
  });
}

export const FAMILY_CROSS_COLUMNS = ['relationship', 'total', ...[...FAMILY_AGE_BANDS, UNANSWERED].map((a) => `ageBand.${a}`)] as const;

/** Relationship × age band: one row per relationship (and "unanswered"), every cell suppressed on its own. */
export function familyCrossRows(groups: readonly FamilyGroup[]): ReportCell[][] {
  const cells = new Map<string, number>();
  const add = (k: string, n: number) => cells.set(k, (cells.get(k) ?? 0) + n);
  const relationships = new Map<string, number>();
  for (const g of groups) {
    const rel = g.relationship ?? UNANSWERED;
    relationships.set(rel, (relationships.get(rel) ?? 0) + g.n);
    add(`${rel}|total`, g.n);
    add(`${rel}|ageBand.${g.ageBand ?? UNANSWERED}`, g.n);
  }
  return keysOf('relationship', relationships).map((rel) => [
    rel, ...FAMILY_CROSS_COLUMNS.slice(1).map((c) => suppressCount(cells.get(`${rel}|${c}`) ?? 0)),
  ]);
}
