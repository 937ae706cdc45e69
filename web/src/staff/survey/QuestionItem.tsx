import type { SurveyQuestionAdmin } from '@hidamari/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { useUpdateQuestion } from './survey-api';

interface Props {
  question: SurveyQuestionAdmin;
  /** Place among the active questions (1-based); absent for a retired one. */
  place?: number;
  canUp?: boolean;
  canDown?: boolean;
  moving?: boolean;
  onMove?(delta: -1 | 1): void;
}

/** One question: its texts in both languages, edit in place, move up/down (buttons, so the keyboard can), retire or restore. */
export function QuestionItem({ question, place, canUp, canDown, moving, onMove }: Props) {
  const { t, i18n } = useTranslation(['surveyAdmin', 'staff']);
  const { t: ts } = useTranslation('staff');
  const update = useUpdateQuestion();
  const [editing, setEditing] = useState(false);
  const [ja, setJa] = useState(question.text.ja);
  const [en, setEn] = useState(question.text.en);
  const shown = i18n.language === 'en' ? question.text.en : question.text.ja;
  const busy = update.isPending || !!moving;

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!ja.trim() || !en.trim()) return;
    update.mutate({ id: question.id, patch: { text: { ja, en } } }, { onSuccess: () => setEditing(false) });
  };
  const startEdit = () => {
    setJa(question.text.ja);
    setEn(question.text.en);
    update.reset();
    setEditing(true);
  };

  return (
    <li className={question.retired ? 'sv-item sv-item--retired' : 'sv-item'} data-testid={`question-${question.id}`}>
      <div className="sv-item__head">
        {place !== undefined && <span className="sv-item__place" aria-hidden="true">{place}</span>}
        <span className={`sv-kind sv-kind--${question.kind}`}>{t(`surveyAdmin:kind.${question.kind}`)}</span>
        <code className="sv-item__id" title={t('surveyAdmin:id')}>{question.id}</code>
        {question.answered && <span className="sv-badge">{t('surveyAdmin:answered')}</span>}
        <span className="sv-item__tools">
          {onMove && (
            <>
              <button type="button" className="st-btn" disabled={!canUp || busy} aria-label={t('surveyAdmin:moveUpLabel', { text: shown })}
                data-move={`${question.id}:up`} onClick={() => onMove(-1)}>↑ {t('surveyAdmin:moveUp')}</button>
              <button type="button" className="st-btn" disabled={!canDown || busy} aria-label={t('surveyAdmin:moveDownLabel', { text: shown })}
                data-move={`${question.id}:down`} onClick={() => onMove(1)}>↓ {t('surveyAdmin:moveDown')}</button>
            </>
          )}
          {!editing && (
            <button type="button" className="st-btn" disabled={busy} aria-label={t('surveyAdmin:editLabel', { text: shown })} onClick={startEdit}>
              {t('surveyAdmin:edit')}
            </button>
          )}
          <button
            type="button"
            className={question.retired ? 'st-btn' : 'st-btn st-btn--danger'}
            disabled={busy}
            aria-label={t(question.retired ? 'surveyAdmin:restoreLabel' : 'surveyAdmin:retireLabel', { text: shown })}
            onClick={() => update.mutate({ id: question.id, patch: { retired: !question.retired } })}
          >
            {t(question.retired ? 'surveyAdmin:restore' : 'surveyAdmin:retire')}
          </button>
        </span>
      </div>
      {editing ? (
        <form className="sv-edit" onSubmit={save}>
          <label className="se-field"><span>{t('surveyAdmin:textJa')}</span>
            <input value={ja} maxLength={300} autoFocus onChange={(e) => setJa(e.target.value)} aria-invalid={!ja.trim() || undefined} />
          </label>
          <label className="se-field"><span>{t('surveyAdmin:textEn')}</span>
            <input value={en} maxLength={300} onChange={(e) => setEn(e.target.value)} aria-invalid={!en.trim() || undefined} />
          </label>
          <div className="sv-edit__actions">
            <button type="submit" className="st-btn st-btn--primary" disabled={busy || !ja.trim() || !en.trim()}>{t('surveyAdmin:save')}</button>
            <button type="button" className="st-btn" onClick={() => setEditing(false)}>{t('surveyAdmin:cancel')}</button>
          </div>
        </form>
      ) : (
        <dl className="sv-texts">
          <dt>{t('surveyAdmin:textJa')}</dt><dd lang="ja">{question.text.ja}</dd>
          <dt>{t('surveyAdmin:textEn')}</dt><dd lang="en">{question.text.en}</dd>
        </dl>
      )}
      {update.isError && <p className="st-error" role="alert">{t('surveyAdmin:failed', { reason: errorText(ts, update.error) })}</p>}
    </li>
  );
}
