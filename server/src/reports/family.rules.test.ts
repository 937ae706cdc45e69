import { describe, expect, it } from 'vitest';
import { FAMILY_CROSS_COLUMNS, familyCrossRows, familyRows, type FamilyGroup } from './family.rules.js';

const g = (relationship: string | null, ageBand: string | null, duration: string | null, hopes: string[] | null, n: number): FamilyGroup =>
  ({ relationship, ageBand, duration, hopes, n });

describe('family report rows', () => {
  // 12 family consultations: 7 parents (20–29), 3 siblings with nothing else, 2 who answered nothing.
  const groups = [g('parent', '20-29', '1-3y', ['talk', 'support'], 5), g('parent', '20-29', null, ['talk', 'talk'], 2), g('sibling', null, null, [], 3), g(null, null, null, null, 2)];

  it('should count each answer with an unanswered row and a share of all family consultations when grouped by relationship', () => {
    expect(familyRows(groups, ['relationship'])).toEqual([
      ['relationship', 'parent', 7, 0.583],
      ['relationship', 'sibling', null, null],
      ['relationship', 'partner', 0, 0],
      ['relationship', 'other', 0, 0],
      ['relationship', 'unanswered', null, null],
    ]);
  });

  it('should count a consultation under both hopes when it named two, and a repeated hope once', () => {
    const hope = familyRows(groups, ['hope']);
    expect(hope).toEqual([
      ['hope', 'talk', 7, 0.583],
      ['hope', 'support', 5, 0.417],
      ['hope', 'exhaustion', 0, 0],
      ['hope', 'unanswered', 5, 0.417],
    ]);
  });

  it('should list an answer the intake no longer offers before the unanswered row when old rows carry it', () => {
    const rows = familyRows([g('grandparent', null, null, null, 6)], ['relationship']);
    expect(rows.map((r) => r[1])).toEqual(['parent', 'sibling', 'partner', 'other', 'grandparent', 'unanswered']);
    expect(rows[4]).toEqual(['relationship', 'grandparent', 6, 1]);
  });

  it('should withhold every share when fewer than 5 family consultations came in all', () => {
    expect(familyRows([g('parent', null, null, null, 4)], ['relationship'])[0]).toEqual(['relationship', 'parent', null, null]);
    expect(familyRows([], ['duration']).every((r) => r[2] === 0 && r[3] === null)).toBe(true);
  });

  it('should cross relationship with age band, each cell suppressed on its own', () => {
    const cross = familyCrossRows(groups);
    expect(FAMILY_CROSS_COLUMNS[0]).toBe('relationship');
    const col = (c: string) => FAMILY_CROSS_COLUMNS.indexOf(c as (typeof FAMILY_CROSS_COLUMNS)[number]);
    const parent = cross.find((r) => r[0] === 'parent')!;
    expect(parent[col('total')]).toBe(7);
    expect(parent[col('ageBand.20-29')]).toBe(7);
    expect(parent[col('ageBand.unanswered')]).toBe(0);
    const sibling = cross.find((r) => r[0] === 'sibling')!;
    expect(sibling[col('total')]).toBeNull();
    expect(sibling[col('ageBand.unanswered')]).toBeNull();
    expect(cross.map((r) => r[0])).toEqual(['parent', 'sibling', 'partner', 'other', 'unanswered']);
  });
});
