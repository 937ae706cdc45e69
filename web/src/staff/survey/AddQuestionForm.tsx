import { SURVEY_KINDS, type SurveyKind } from '@hidamari/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { useCreateQuestion } from './survey-api';

/** A new question goes to the end of the survey; its id is made from the English text. */
export function AddQuestionForm() {
  const { t, i18n } = useTranslation(['surveyAdmin', 'staff']);
  const { t: ts } = useTranslation('staff');
  const create = useCreateQuestion();
  const [kind, setKind] = useState<SurveyKind>('yesno');
  const [ja, setJa] = useState('');
  const [en, setEn] = useState('');
  const [tried, setTried] = useState(false);
  const missing = !ja.trim() || !en.trim();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (missing) return;
    create.mutate({ kind, text: { ja, en } }, {
      onSuccess: () => {
        setJa('');
        setEn('');
        setTried(false);
      },
    });
  };

  return (
    <form className="se-card sv-add" onSubmit={submit} noValidate aria-labelledby="sv-add-title">
      <h2 id="sv-add-title">{t('surveyAdmin:addHeading')}</h2>
      <div className="sv-add__grid">
        <label className="se-field"><span>{t('surveyAdmin:kindLabel')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as SurveyKind)} data-testid="new-question-kind">
            {SURVEY_KINDS.map((k) => <option key={k} value={k}>{t(`surveyAdmin:kind.${k}`)}</option>)}
          </select>
        </label>
        <label className="se-field"><span>{t('surveyAdmin:textJa')}</span>
          <input value={ja} maxLength={300} onChange={(e) => setJa(e.target.value)} data-testid="new-question-ja" aria-invalid={(tried && !ja.trim()) || undefined} />
        </label>
        <label className="se-field"><span>{t('surveyAdmin:textEn')}</span>
          <input value={en} maxLength={300} onChange={(e) => setEn(e.target.value)} data-testid="new-question-en" aria-invalid={(tried && !en.trim()) || undefined} />
        </label>
        <button type="submit" className="st-btn st-btn--primary" disabled={create.isPending} data-testid="new-question-add">
          {create.isPending ? t('surveyAdmin:adding') : t('surveyAdmin:add')}
        </button>
      </div>
      {tried && missing && <p className="st-error" role="alert">{t('surveyAdmin:required')}</p>}
      {create.isError && <p className="st-error" role="alert">{t('surveyAdmin:failed', { reason: errorText(ts, create.error) })}</p>}
      {create.isSuccess && (
        <p className="st-ok" role="status">{t('surveyAdmin:added', { text: i18n.language === 'en' ? create.data.text.en : create.data.text.ja })}</p>
      )}
    </form>
  );
}
