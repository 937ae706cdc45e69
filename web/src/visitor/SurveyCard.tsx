import { SURVEY_LIMITS } from '@hidamari/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SurveyQuestionField } from './survey/SurveyQuestionField';
import { charCount, type Draft } from './survey/survey.reducer';
import { useSurvey } from './survey/use-survey';
import { useFocusOnMount } from './use-focus-on-mount';
import './survey/survey.css';

/** After a consultation closed: a short, optional, anonymous survey (one per consultation). */
export function SurveyCard() {
  const { t } = useTranslation('survey');
  const { state, send, skip, retry } = useSurvey();
  const [draft, setDraft] = useState<Draft>({});
  const titleId = useId();
  const { phase, questions, sendError } = state;

  if (phase === 'none' || phase === 'skipped') return null;
  if (phase === 'loading') return <p className="hs-quiet" role="status" data-testid="survey-loading">{t('loading')}</p>;
  if (phase === 'loadFailed') {
    return (
      <div className="hs-card" role="alert" data-testid="survey-load-failed">
        <p>{t('loadFailed')}</p>
        <div className="hs-actions">
          <button type="button" className="hv-button hv-button--quiet" onClick={skip}>{t('skip')}</button>
          <button type="button" className="hv-button" onClick={retry}>{t('retry')}</button>
        </div>
      </div>
    );
  }
  if (phase === 'answered') return <p className="hs-quiet" role="status" data-testid="survey-answered">{t('answered')}</p>;
  if (phase === 'sent') return <Thanks />;

  const sending = phase === 'sending';
  const tooLong = Object.values(draft).some((v) => typeof v === 'string' && charCount(v) > SURVEY_LIMITS.answerText);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!sending && !tooLong) send(draft);
  };
  return (
    <form className="hs-card" aria-labelledby={titleId} data-testid="survey-card" onSubmit={onSubmit} noValidate>
      <h3 id={titleId} className="hs-title">{t('title')}</h3>
      <p className="hs-lead">{t('lead')}</p>
      {questions.map((q) => (
        <SurveyQuestionField
          key={q.id}
          question={q}
          value={draft[q.id]}
          disabled={sending}
          onChange={(value) => setDraft((d) => ({ ...d, [q.id]: value }))}
        />
      ))}
      {sendError && <p className="hv-error" role="alert">{t('sendFailed')}</p>}
      <div className="hs-actions">
        <button type="button" className="hv-button hv-button--quiet" data-testid="survey-skip" disabled={sending} onClick={skip}>
          {t('skip')}
        </button>
        <button type="submit" className="hv-button hv-button--primary" data-testid="survey-send" disabled={sending || tooLong}>
          {sending ? t('sending') : t('send')}
        </button>
      </div>
    </form>
  );
}

function Thanks() {
  const { t } = useTranslation('survey');
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="hs-card hs-card--thanks" role="status" data-testid="survey-thanks">
      <h3 ref={ref} tabIndex={-1} className="hs-title">{t('thanksTitle')}</h3>
      <p>{t('thanks')}</p>
    </div>
  );
}
