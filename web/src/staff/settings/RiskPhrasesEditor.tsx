import { PHRASE_LEVELS, RISK_LIMITS, type RiskPhrase } from '@hidamari/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromLines, phraseProblems, toLines, type PhraseLines } from '../workspace/risk/phrase-lines';
import type { FieldError } from './LocalizedField';
import { fieldId } from './settings-form';
import '../workspace/risk/risk.css';

interface Props {
  value: RiskPhrase[];
  onChange(value: RiskPhrase[]): void;
  error: FieldError | null;
}

/**
 * The risk phrase list as one textarea per level, one phrase per line: quick to edit from the keyboard, and fine at
 * hundreds of phrases. The text is kept as typed (blank lines while typing) and only its parsed list goes to the form.
 */
export function RiskPhrasesEditor({ value, onChange, error }: Props) {
  const { t } = useTranslation('risk');
  const [local, setLocal] = useState<{ lines: PhraseLines; emitted: RiskPhrase[] }>(() => ({ lines: toLines(value), emitted: value }));
  // The form replaced the list (discard, or the saved answer): show that instead of what was typed.
  const lines = local.emitted === value ? local.lines : toLines(value);
  if (local.emitted !== value) setLocal({ lines, emitted: value });
  const problems = phraseProblems(value);
  const serverError = error?.field.startsWith('riskPhrases') ? error : null;

  function edit(level: keyof PhraseLines, text: string) {
    const next = { ...lines, [level]: text };
    const list = fromLines(next);
    setLocal({ lines: next, emitted: list });
    onChange(list);
  }

  return (
    <section className="se-card" aria-labelledby="settings-risk-title">
      <div className="se-card__head">
        <h2 id="settings-risk-title">{t('risk:settings.title')}</h2>
        <span className="st-muted">{t('risk:settings.count', { count: value.length, max: RISK_LIMITS.phrases })}</span>
      </div>
      <p className="se-hint">{t('risk:settings.lead')}</p>
      <p className="se-hint">{t('risk:settings.matching')}</p>
      {serverError && <p className="st-error" id={fieldId('riskPhrases')} tabIndex={-1}>{serverError.text}</p>}
      <div className="rk-phrases">
        {PHRASE_LEVELS.map((level) => (
          <label key={level} className="se-field">
            <span>{t(`risk:level.${level}`)} <small className="st-muted">— {t(`risk:levelHint.${level}`)}</small></span>
            <textarea id={`settings-risk-${level}`} rows={10} value={lines[level]} data-testid={`settings-risk-${level}`} spellCheck={false}
              aria-describedby="settings-risk-help" onChange={(e) => edit(level, e.target.value)} />
          </label>
        ))}
      </div>
      <small id="settings-risk-help" className="se-hint">{t('risk:settings.oneLine')}</small>
      {problems.length > 0 && (
        <ul className="st-error" role="status">
          {problems.map((p, i) => <li key={i}>{p.kind === 'tooMany' ? t('risk:settings.tooMany', { max: RISK_LIMITS.phrases }) : t(`risk:settings.${p.kind}`, { phrase: p.phrase, max: RISK_LIMITS.phrase })}</li>)}
        </ul>
      )}
    </section>
  );
}
