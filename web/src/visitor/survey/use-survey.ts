import { useCallback, useContext, useEffect, useReducer, useRef } from 'react';
import { SurveyTransportContext } from './survey-transport';
import { answersOf, initialSurvey, surveyReducer, type Draft, type SurveyState } from './survey.reducer';

export interface SurveyControls {
  state: SurveyState;
  send(draft: Draft): void;
  skip(): void;
  retry(): void;
}

/**
 * The survey of the consultation that just closed, over the visitor's own connection. Nothing of it is stored on the
 * device: the closed chat is forgotten on reload, so a reload never offers it again.
 */
export function useSurvey(): SurveyControls {
  const transport = useContext(SurveyTransportContext);
  const [state, dispatch] = useReducer(surveyReducer, initialSurvey);
  // Answers that arrive after the card went away (or after a newer load) are ignored.
  const generation = useRef(0);

  const load = useCallback(async () => {
    const mine = ++generation.current;
    if (!transport) return dispatch({ type: 'loaded', questions: [], answered: false });
    dispatch({ type: 'load' });
    const res = await transport.survey('survey:get', {});
    if (mine !== generation.current) return;
    if (res.ok) dispatch({ type: 'loaded', questions: res.questions, answered: res.answered });
    else dispatch({ type: 'loadFailed', code: res.error.code });
  }, [transport]);

  useEffect(() => {
    const counter = generation;
    void load();
    return () => void counter.current++;
  }, [load]);

  const send = useCallback((draft: Draft) => {
    if (!transport) return;
    const mine = generation.current;
    dispatch({ type: 'send' });
    void transport.survey('survey:submit', { answers: answersOf(draft) }).then((res) => {
      if (mine !== generation.current) return;
      dispatch(res.ok ? { type: 'sent' } : { type: 'sendFailed', code: res.error.code });
    });
  }, [transport]);

  const skip = useCallback(() => dispatch({ type: 'skip' }), []);

  return { state, send, skip, retry: () => void load() };
}
