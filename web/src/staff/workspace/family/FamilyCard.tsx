import type { FamilyIntake } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { familyCompactKeys, familyFacts } from './family-labels';
import './family.css';

/** The family intake as a structured card in the chat header: who is asking, about whom, for how long, hoping for what. */
export function FamilyCard({ family }: { family: FamilyIntake | undefined }) {
  const { t } = useTranslation('family');
  const facts = familyFacts(family);
  if (facts.length === 0) return null;
  return (
    <section className="st-family" aria-label={t('title')} data-testid="family-card">
      <h3 className="st-family__title">{t('title')}</h3>
      <dl className="st-family__facts">
        {facts.map((f) => (
          <div key={f.field} className="st-family__fact" data-field={f.field}>
            <dt>{t(f.labelKey)}</dt>
            <dd>{f.valueKeys.map((k) => t(k)).join(t('sep'))}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The queue item's one line: relationship · age · duration. */
export function FamilyCompact({ family }: { family: FamilyIntake | undefined }) {
  const { t } = useTranslation('family');
  const keys = familyCompactKeys(family);
  if (keys.length === 0) return null;
  return (
    <p className="st-family-compact" data-testid="family-compact">
      <span className="visually-hidden">{t('label')}: </span>
      {keys.map((k) => t(k)).join(' · ')}
    </p>
  );
}
