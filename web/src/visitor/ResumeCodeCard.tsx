import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The code that lets the visitor continue later or elsewhere; shown large so it is easy to copy by hand. */
export function ResumeCodeCard({ code }: { code: string }) {
  const { t } = useTranslation('visitor');
  const [copied, setCopied] = useState(false);
  const canCopy = typeof navigator !== 'undefined' && !!navigator.clipboard;
  function copy() {
    navigator.clipboard.writeText(code).then(() => setCopied(true), () => setCopied(false));
  }
  return (
    <div className="hv-resume-card">
      <p className="hv-resume-card__title">{t('resumeCode.title')}</p>
      <p className="hv-resume-card__code" data-testid="resume-code" translate="no">{code}</p>
      <p className="hv-hint">{t('resumeCode.note')}</p>
      {canCopy && (
        <button type="button" className="hv-button hv-button--quiet hv-button--small" onClick={copy}>
          <span aria-live="polite">{copied ? t('resumeCode.copied') : t('resumeCode.copy')}</span>
        </button>
      )}
    </div>
  );
}
