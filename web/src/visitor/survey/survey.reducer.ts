import type { ErrorCode, SurveyQuestion } from '@hidamari/shared';

/**
 * The survey card's life: loading → form → sending → sent; `answered` when this consultation already sent one
 * (after a reload), `skipped` when the visitor chose not to, `none` when there is nothing to ask.
 */
export type SurveyPhase = 'loading' | 'loadFailed' | 'form' | 'sending' | 'sent' | 'answered' | 'skipped' | 'none';

export interface SurveyState {
  phase: SurveyPhase;
  questions: SurveyQuestion[];
  /** Why the last send failed (the form stays filled in). */
  sendError: ErrorCode | null;
}

export type SurveyAction =
  | { type: 'load' }
  | { type: 'loaded'; questions: SurveyQuestion[]; answered: boolean }
  | { type: 'loadFailed'; code: ErrorCode }
  | { type: 'send' }
  | { type: 'sent' }
  | { type: 'sendFailed'; code: ErrorCode }
  | { type: 'skip' };

export const initialSurvey: SurveyState = { phase: 'loading', questions: [], sendError: null };

export function surveyReducer(state: SurveyState, action: SurveyAction): SurveyState {
  switch (action.type) {
    case 'load':
      return { ...state, phase: 'loading', sendError: null };
    case 'loaded':
      if (action.answered) return { phase: 'answered', questions: action.questions, sendError: null };
      return { phase: action.questions.length === 0 ? 'none' : 'form', questions: action.questions, sendError: null };
    case 'loadFailed':
      // Before close there is no survey (CONFLICT); anything else can be tried again.
      return { ...state, phase: action.code === 'CONFLICT' || action.code === 'NOT_FOUND' ? 'none' : 'loadFailed' };
    case 'send':
      return state.phase === 'form' ? { ...state, phase: 'sending', sendError: null } : state;
    case 'sent':
      return { ...state, phase: 'sent', sendError: null };
    case 'sendFailed':
      if (action.code === 'ALREADY_ANSWERED') return { ...state, phase: 'answered', sendError: null };
      return { ...state, phase: 'form', sendError: action.code };
    case 'skip':
      return ['loading', 'form', 'loadFailed'].includes(state.phase) ? { ...state, phase: 'skipped' } : state;
  }
}

export type Draft = Record<string, number | boolean | string>;

/** What goes on the wire: the answers given, comments trimmed; empty ones left out (every answer is optional). */
export function answersOf(draft: Draft): Draft {
  const out: Draft = {};
  for (const [id, value] of Object.entries(draft)) {
    if (typeof value === 'string') {
      const text = value.trim();
      if (text !== '') out[id] = text;
    } else out[id] = value;
  }
  return out;
}

/** Characters as the server counts them (an emoji is one). */
export const charCount = (text: string): number => [...text].length;
