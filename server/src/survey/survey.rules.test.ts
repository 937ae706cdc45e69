import { AppError } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { answersToValues, assertCanAdd, assertSurveyOpen, assertUpdateAllowed, questionSlug, reorder, serviceDay, type QuestionFacts } from './survey.rules.js';

const Q: QuestionFacts[] = [
  { id: 'helpful', kind: 'scale', position: 1, retired: false },
  { id: 'safe', kind: 'yesno', position: 2, retired: false },
  { id: 'old', kind: 'yesno', position: 3, retired: true },
  { id: 'comment', kind: 'text', position: 4, retired: false },
];

function refusal(fn: () => unknown): { code: string; field?: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, ...(err.field ? { field: err.field } : {}) };
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('survey answers', () => {
  it('should store each answer in the value of its kind', () => {
    expect(answersToValues({ helpful: 4, safe: false, comment: 'ありがとう' }, Q)).toEqual([
      { questionId: 'helpful', valueNumber: 4, valueBool: null, valueText: null },
      { questionId: 'safe', valueNumber: null, valueBool: false, valueText: null },
      { questionId: 'comment', valueNumber: null, valueBool: null, valueText: 'ありがとう' },
    ]);
  });

  it('should skip null and empty answers when the visitor left them out', () => {
    expect(answersToValues({ helpful: null, comment: '' }, Q)).toEqual([]);
    expect(answersToValues({}, Q)).toEqual([]);
  });

  it.each([
    ['helpful', 0], ['helpful', 6], ['helpful', 2.5], ['helpful', true], ['helpful', '3'],
    ['safe', 1], ['safe', 'yes'], ['comment', 5], ['comment', false], ['comment', 'あ'.repeat(1001)],
  ])('should refuse %s = %j naming the answer when it does not fit the kind', (id, value) => {
    expect(refusal(() => answersToValues({ [id]: value as never }, Q))).toEqual({ code: 'INVALID_PAYLOAD', field: `answers.${id}` });
  });

  it('should accept a comment of exactly 1,000 characters, counting an emoji as one', () => {
    expect(answersToValues({ comment: '😀'.repeat(1000) }, Q)).toHaveLength(1);
  });

  it('should refuse unknown and retired questions when they are answered', () => {
    expect(refusal(() => answersToValues({ nope: 1 }, Q))).toEqual({ code: 'INVALID_PAYLOAD', field: 'answers.nope' });
    expect(refusal(() => answersToValues({ old: true }, Q))).toEqual({ code: 'INVALID_PAYLOAD', field: 'answers.old' });
  });
});

describe('survey availability', () => {
  it('should open only when the consultation is closed', () => {
    expect(() => assertSurveyOpen('closed')).not.toThrow();
    expect(refusal(() => assertSurveyOpen('active')).code).toBe('CONFLICT');
    expect(refusal(() => assertSurveyOpen('queued')).code).toBe('CONFLICT');
    expect(refusal(() => assertSurveyOpen(undefined)).code).toBe('NOT_FOUND');
  });
});

describe('the day of a response', () => {
  it('should be the calendar day in the service time zone when UTC is still the day before', () => {
    expect(serviceDay(new Date('2030-01-01T15:30:00Z'), 'Asia/Tokyo')).toBe('2030-01-02');
    expect(serviceDay(new Date('2030-01-01T14:59:59Z'), 'Asia/Tokyo')).toBe('2030-01-01');
  });
});

describe('question ids', () => {
  it('should make a slug of the English text when it is free', () => {
    expect(questionSlug('Was the wait OK?', new Set())).toBe('was-the-wait-ok');
  });
  it('should add a number when the slug is taken', () => {
    expect(questionSlug('Safe', new Set(['safe', 'safe-2']))).toBe('safe-3');
  });
  it('should fall back to q-n when the text has no latin letters', () => {
    expect(questionSlug('？？', new Set(['q-2']))).toBe('q-3');
  });
  it('should keep slugs short and without a trailing hyphen', () => {
    const slug = questionSlug('a'.repeat(39) + ' b and more words', new Set());
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('editing questions', () => {
  it('should put a new question last', () => {
    expect(assertCanAdd(Q)).toBe(5);
    expect(assertCanAdd([])).toBe(1);
  });

  it('should refuse to change the kind of a question with answers, but allow it without', () => {
    expect(refusal(() => assertUpdateAllowed(Q[0]!, { kind: 'yesno' }, true)).code).toBe('CONFLICT');
    expect(() => assertUpdateAllowed(Q[0]!, { kind: 'yesno' }, false)).not.toThrow();
    expect(() => assertUpdateAllowed(Q[0]!, { kind: 'scale', retired: true }, true)).not.toThrow();
  });

  it('should number the new order and keep retired questions that were left out after it', () => {
    expect(reorder(Q, ['comment', 'helpful', 'safe'])).toEqual([['comment', 1], ['helpful', 2], ['safe', 3], ['old', 4]]);
    expect(reorder(Q, ['old', 'safe', 'helpful', 'comment'])[0]).toEqual(['old', 1]);
  });

  it('should refuse an order that misses an active question, repeats one or names an unknown one', () => {
    expect(refusal(() => reorder(Q, ['helpful', 'safe']))).toEqual({ code: 'INVALID_PAYLOAD', field: 'ids' });
    expect(refusal(() => reorder(Q, ['helpful', 'safe', 'safe', 'comment']))).toEqual({ code: 'INVALID_PAYLOAD', field: 'ids.2' });
    expect(refusal(() => reorder(Q, ['helpful', 'safe', 'comment', 'x']))).toEqual({ code: 'INVALID_PAYLOAD', field: 'ids.3' });
  });
});
