import type { SurveyQuestion } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { surveyEn, surveyJa } from './survey.i18n';
import { answersOf, charCount, initialSurvey, surveyReducer, type SurveyState } from './survey.reducer';

const questions: SurveyQuestion[] = [
  { id: 'helpful', kind: 'scale', text: { ja: '役に立ちましたか', en: 'Did it help?' } },
  { id: 'comment', kind: 'text', text: { ja: 'ひとこと', en: 'Anything else?' } },
];
const form: SurveyState = { phase: 'form', questions, sendError: null };

describe('the survey card state', () => {
  it('should show the form when questions load and the consultation has not answered', () => {
    expect(surveyReducer(initialSurvey, { type: 'loaded', questions, answered: false }).phase).toBe('form');
  });
  it('should show only a quiet note when the consultation already answered (after a reload)', () => {
    expect(surveyReducer(initialSurvey, { type: 'loaded', questions, answered: true }).phase).toBe('answered');
  });
  it('should show nothing when there are no questions or the consultation is still open', () => {
    expect(surveyReducer(initialSurvey, { type: 'loaded', questions: [], answered: false }).phase).toBe('none');
    expect(surveyReducer(initialSurvey, { type: 'loadFailed', code: 'CONFLICT' }).phase).toBe('none');
  });
  it('should offer a retry when loading failed for another reason', () => {
    expect(surveyReducer(initialSurvey, { type: 'loadFailed', code: 'INTERNAL' }).phase).toBe('loadFailed');
  });
  it('should keep the form with an error when a send fails, and turn ALREADY_ANSWERED into the quiet note', () => {
    const sending = surveyReducer(form, { type: 'send' });
    expect(sending.phase).toBe('sending');
    expect(surveyReducer(sending, { type: 'sendFailed', code: 'INTERNAL' })).toMatchObject({ phase: 'form', sendError: 'INTERNAL' });
    expect(surveyReducer(sending, { type: 'sendFailed', code: 'ALREADY_ANSWERED' }).phase).toBe('answered');
    expect(surveyReducer(sending, { type: 'sent' }).phase).toBe('sent');
  });
  it('should not send twice while a send is in flight', () => {
    const sending = surveyReducer(form, { type: 'send' });
    expect(surveyReducer(sending, { type: 'send' })).toBe(sending);
  });
  it('should close on skip from the form but not after sending', () => {
    expect(surveyReducer(form, { type: 'skip' }).phase).toBe('skipped');
    const sent = surveyReducer(form, { type: 'sent' });
    expect(surveyReducer(sent, { type: 'skip' })).toBe(sent);
  });
});

describe('survey answers on the wire', () => {
  it('should leave out empty comments and trim the rest', () => {
    expect(answersOf({ helpful: 5, safe: false, comment: '  ありがとう  ' })).toEqual({ helpful: 5, safe: false, comment: 'ありがとう' });
    expect(answersOf({ comment: '   ' })).toEqual({});
  });
  it('should count characters as the server does', () => {
    expect(charCount('😀あa')).toBe(3);
  });
});

describe('survey texts', () => {
  const leaves = (o: object, p = ''): [string, string][] =>
    Object.entries(o).flatMap(([k, v]): [string, string][] => (typeof v === 'string' ? [[p + k, v]] : leaves(v as object, `${p}${k}.`)));
  it('should have the same keys and placeholders in both languages', () => {
    const ja = new Map(leaves(surveyJa));
    const en = new Map(leaves(surveyEn));
    expect([...en.keys()].sort()).toEqual([...ja.keys()].sort());
    const vars = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
    for (const [key, text] of ja) expect(vars(en.get(key) ?? ''), key).toEqual(vars(text));
  });
  it('should never use labels for the person', () => {
    for (const [key, text] of [...leaves(surveyJa), ...leaves(surveyEn)]) {
      for (const word of ['ひきこもり', '引きこもり', 'hikikomori', 'withdrawal', '患者', 'patient']) expect(text.toLowerCase(), key).not.toContain(word);
    }
  });
});
