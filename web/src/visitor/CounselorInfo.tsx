import { useTranslation } from 'react-i18next';
import { ResumeCodeCard } from './ResumeCodeCard';

/** While talking: who is answering, and the resume code tucked away but reachable. */
export function CounselorInfo({ name, resumeCode }: { name: string | null; resumeCode: string | null }) {
  const { t } = useTranslation('visitor');
  const shown = name ?? t('chat.counselorFallback');
  return (
    <div className="hv-counselor">
      <p>
        {t('chat.counselorLabel')} <strong data-testid="counselor-name">{shown}</strong>
      </p>
      <p className="visually-hidden" role="status">{t('chat.counselorJoined', { name: shown })}</p>
      {resumeCode && (
        <details className="hv-counselor__code">
          <summary>{t('resumeCode.show')}</summary>
          <ResumeCodeCard code={resumeCode} />
        </details>
      )}
    </div>
  );
}
