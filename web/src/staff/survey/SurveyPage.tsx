import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { StaffHeader } from '../workspace/StaffHeader';
import { AddQuestionForm } from './AddQuestionForm';
import { QuestionItem } from './QuestionItem';
import { useReorderQuestions, useSurveyQuestions } from './survey-api';
import { moved, splitQuestions } from './survey-order';
import './survey-admin.css';

/** Admin: the questions of the anonymous after-chat survey (add, edit, reorder, retire, restore). */
export function SurveyPage() {
  const { t } = useTranslation(['surveyAdmin', 'staff']);
  const { t: ts } = useTranslation('staff');
  const questions = useSurveyQuestions();
  const reorder = useReorderQuestions();
  // After a move, keep the keyboard on the button that was pressed (the row has moved in the DOM).
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    document.title = `${t('surveyAdmin:title')} — ${t('staff:appName')}`;
  }, [t]);
  useEffect(() => {
    if (!refocus.current || reorder.isPending) return;
    const button = document.querySelector<HTMLButtonElement>(`[data-move="${refocus.current}"]`);
    const fallback = button?.disabled ? button.parentElement?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)') : null;
    (fallback ?? button)?.focus();
    refocus.current = null;
  }, [questions.data, reorder.isPending]);

  let body;
  if (questions.isPending) {
    body = <p role="status" className="st-muted">{t('surveyAdmin:loading')}</p>;
  } else if (questions.isError) {
    body = (
      <div role="alert" className="st-notice st-notice--warn">
        <p>{t('surveyAdmin:loadFailed')}</p>
        <button type="button" className="st-btn" onClick={() => void questions.refetch()}>{t('surveyAdmin:retry')}</button>
      </div>
    );
  } else {
    const { active, retired } = splitQuestions(questions.data);
    const ids = active.map((q) => q.id);
    const move = (id: string, delta: -1 | 1) => {
      const next = moved(ids, id, delta);
      if (!next) return;
      refocus.current = `${id}:${delta < 0 ? 'up' : 'down'}`;
      reorder.mutate(next);
    };
    body = (
      <>
        <section className="se-card" aria-labelledby="sv-active-title">
          <h2 id="sv-active-title">{t('surveyAdmin:activeHeading', { count: active.length })}</h2>
          {active.length === 0 ? (
            <p className="se-empty" data-testid="survey-empty">{t('surveyAdmin:empty')}</p>
          ) : (
            <ol className="sv-list" data-testid="active-questions">
              {active.map((q, i) => (
                <QuestionItem key={q.id} question={q} place={i + 1} canUp={i > 0} canDown={i < active.length - 1}
                  moving={reorder.isPending} onMove={(d) => move(q.id, d)} />
              ))}
            </ol>
          )}
          {reorder.isError && <p className="st-error" role="alert">{t('surveyAdmin:failed', { reason: errorText(ts, reorder.error) })}</p>}
        </section>
        <AddQuestionForm />
        {retired.length > 0 && (
          <section className="se-card" aria-labelledby="sv-retired-title">
            <h2 id="sv-retired-title">{t('surveyAdmin:retiredHeading', { count: retired.length })}</h2>
            <p className="se-hint">{t('surveyAdmin:retiredLead')}</p>
            <ul className="sv-list" data-testid="retired-questions">
              {retired.map((q) => <QuestionItem key={q.id} question={q} />)}
            </ul>
          </section>
        )}
      </>
    );
  }

  return (
    <div className="st-shell">
      <StaffHeader page="survey" />
      <main className="se-page sv-page">
        <h1>{t('surveyAdmin:title')}</h1>
        <p className="se-lead">{t('surveyAdmin:lead')}</p>
        <div className="se-form">{body}</div>
      </main>
    </div>
  );
}
