import { SURVEY_LIMITS, type SurveyQuestion } from '@hidamari/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { charCount } from './survey.reducer';

interface Props {
  question: SurveyQuestion;
  value: number | boolean | string | undefined;
  disabled: boolean;
  onChange(value: number | boolean | string): void;
}

const SCALE = Array.from({ length: SURVEY_LIMITS.scaleMax - SURVEY_LIMITS.scaleMin + 1 }, (_, i) => SURVEY_LIMITS.scaleMin + i);

/** One question in the visitor's language: 1–5 as large radio tiles, yes/no as two tiles, or a comment with a counter. */
export function SurveyQuestionField({ question, value, disabled, onChange }: Props) {
  const { t, i18n } = useTranslation('survey');
  const id = useId();
  const text = i18n.language === 'en' ? question.text.en : question.text.ja;

  if (question.kind === 'text') {
    const count = charCount(typeof value === 'string' ? value : '');
    const over = count > SURVEY_LIMITS.answerText;
    return (
      <div className="hs-question hs-question--text">
        <label htmlFor={`${id}-text`} className="hs-question__text">
          {text} <span className="hs-optional">{t('optional')}</span>
        </label>
        <textarea
          id={`${id}-text`}
          className="hv-input hv-textarea"
          data-testid={`survey-${question.id}`}
          rows={4}
          disabled={disabled}
          value={typeof value === 'string' ? value : ''}
          aria-describedby={`${id}-count`}
          aria-invalid={over || undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        <p id={`${id}-count`} className={over ? 'hs-counter hs-counter--over' : 'hs-counter'}>
          {over ? t('tooLong', { max: SURVEY_LIMITS.answerText }) + ' ' : ''}
          {t('counter', { count, max: SURVEY_LIMITS.answerText })}
        </p>
      </div>
    );
  }

  const options: { value: number | boolean; label: string; title?: string }[] =
    question.kind === 'scale'
      ? SCALE.map((n) => ({ value: n, label: String(n), title: t('scaleValue', { value: n }) }))
      : [{ value: true, label: t('yes') }, { value: false, label: t('no') }];
  return (
    <fieldset className={`hs-question hs-question--${question.kind}`} data-testid={`survey-${question.id}`} disabled={disabled}>
      <legend className="hs-question__text">{text}</legend>
      <div className="hs-options">
        {options.map((o) => (
          <label key={String(o.value)} className="hs-option">
            <input
              type="radio"
              name={`${id}-q`}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              aria-label={o.title}
            />
            <span aria-hidden={o.title ? true : undefined}>{o.label}</span>
          </label>
        ))}
      </div>
      {question.kind === 'scale' && (
        <div className="hs-ends" aria-hidden="true">
          <span>{t('scaleLow')}</span>
          <span>{t('scaleHigh')}</span>
        </div>
      )}
    </fieldset>
  );
}
