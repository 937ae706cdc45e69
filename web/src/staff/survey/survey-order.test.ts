import type { SurveyQuestionAdmin } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { moved, splitQuestions } from './survey-order';

const q = (id: string, position: number, retired = false): SurveyQuestionAdmin => ({
  id, kind: 'yesno', text: { ja: id, en: id }, position, retired, retiredAt: retired ? '2030-01-01T00:00:00Z' : null, answered: false,
});

describe('survey question order on the admin page', () => {
  it('should move a question one place up or down', () => {
    expect(moved(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  });
  it('should not move past either end', () => {
    expect(moved(['a', 'b'], 'a', -1)).toBeNull();
    expect(moved(['a', 'b'], 'b', 1)).toBeNull();
    expect(moved(['a'], 'x', 1)).toBeNull();
  });
  it('should list active questions by position and retired ones apart', () => {
    const { active, retired } = splitQuestions([q('c', 3), q('a', 1), q('old', 2, true)]);
    expect(active.map((x) => x.id)).toEqual(['a', 'c']);
    expect(retired.map((x) => x.id)).toEqual(['old']);
  });
});
