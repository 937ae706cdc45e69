import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from './use-focus-on-mount';
import { looksLikeResumeCode } from './resume-code';
import { errorKey } from './visitor-text';
import type { ActionResult } from './visitor-store';

interface Props {
  onResume(code: string): Promise<ActionResult>;
  onCancel(): void;
}

export function ResumeForm({ onResume, onCancel }: Props) {
  const { t } = useTranslation('visitor');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!looksLikeResumeCode(code)) {
      setError('resume.tooShort');
      return;
    }
    setBusy(true);
    setError(null);
    const res = await onResume(code);
    // On success this form is gone: the consultation view replaces it.
    if (!res.ok) {
      setError(errorKey('resume', res.code));
      setBusy(false);
    }
  }

  return (
    <form className="hv-card hv-resume" onSubmit={submit} noValidate aria-labelledby={`${inputId}-h`}>
      <h2 id={`${inputId}-h`} ref={headingRef} tabIndex={-1}>{t('resume.title')}</h2>
      <label htmlFor={inputId}>{t('resume.label')}</label>
      <input
        id={inputId}
        data-testid="resume-input"
        className="hv-input hv-input--code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={40}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={!!error}
      />
      <p id={hintId} className="hv-hint">{t('resume.hint')}</p>
      {error && <p id={errorId} className="hv-error" role="alert">{t(error)}</p>}
      <div className="hv-actions">
        <button type="button" className="hv-button hv-button--quiet" onClick={onCancel}>{t('resume.cancel')}</button>
        <button type="submit" className="hv-button" data-testid="resume-submit" disabled={busy} aria-busy={busy}>
          {busy ? t('resume.submitting') : t('resume.submit')}
        </button>
      </div>
    </form>
  );
}
