import { useTranslation } from 'react-i18next';
import { ResumeCodeCard } from './ResumeCodeCard';
import { SafeText } from '../lib/safe-text';

/** While talking: who is answering (the conversation itself says when they joined), and the resume code tucked away but reachable. */
export function CounselorInfo({ name, resumeCode }: { name: string | null; resumeCode: string | null }) {
  const { t } = useTranslation('visitor');
  const shown = name ?? t('chat.counselorFallback');
  return (
    <div className="hv-counselor">
      <p>
        {t('chat.counselorLabel')} <strong data-testid="counselor-name">{name ? <SafeText text={name} /> : shown}</strong>
      </p>
      {resumeCode && (
        <details className="hv-counselor__code">
          <summary>{t('resumeCode.show')}</summary>
          <ResumeCodeCard code={resumeCode} />
        </details>
      )}
    </div>
  );
}
