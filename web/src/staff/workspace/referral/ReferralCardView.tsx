import type { ReferralCard } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { serviceKindLabel } from '../../../lib/service-kinds';
import { SafeText } from '../../../lib/safe-text';
import { areaText, safeUrl, telHref } from './referral-format';
import './referral.css';

/** A referral card in the staff transcript: what the visitor received, compact (kind, name, area, phone, hours, web). */
export function ReferralCardView({ card }: { card: ReferralCard }) {
  const { t, i18n } = useTranslation('referral');
  const url = safeUrl(card.url);
  return (
    <div className="st-refcard" data-testid="referral-card" data-kind={card.kind}>
      <p className="st-refcard__label">{t('card.label')} · {serviceKindLabel(card.kind, i18n.language)}</p>
      <p className="st-refcard__name"><SafeText text={card.name} /></p>
      <p className="st-refcard__area">{areaText(card.area, i18n.language)}</p>
      <dl className="st-refcard__facts">
        {card.phone && (
          <div><dt>{t('card.phone')}</dt><dd><a href={telHref(card.phone)} data-testid="referral-card-phone">{card.phone}</a></dd></div>
        )}
        {card.hours && <div><dt>{t('card.hours')}</dt><dd><SafeText text={card.hours} /></dd></div>}
        {url && (
          <div><dt>{t('card.url')}</dt><dd><a href={url} target="_blank" rel="noreferrer noopener">{url}</a></dd></div>
        )}
      </dl>
    </div>
  );
}
