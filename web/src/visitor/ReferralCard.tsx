import type { ReferralCard as Card } from '@hidamari/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceKindLabel } from '../lib/service-kinds';
import { SafeText } from '../lib/safe-text';
import { safeWebUrl, telHref } from './hotline-links';
import { RETURN_NS } from './returning/return.i18n';
import './returning/return.css';

/**
 * A referral card a counselor sent (a message of kind `card`), or one kept with the return key: the service's kind,
 * name, area, hours and description, with a call button and its website. Drawn as an article with its own heading.
 */
export function ReferralCard({ card, headingLevel = 3 }: { card: Card; headingLevel?: 2 | 3 | 4 }) {
  const { t, i18n } = useTranslation(RETURN_NS);
  const id = useId();
  const tel = card.phone ? telHref(card.phone) : null;
  const url = safeWebUrl(card.url);
  const Heading = `h${headingLevel}` as const;
  const area = [card.area.prefecture, card.area.municipality].filter(Boolean).join(' ');
  return (
    <article className="hv-refcard" aria-labelledby={id} data-testid="referral-card" data-kind={card.kind}>
      <p className="hv-refcard__kind">{serviceKindLabel(card.kind, i18n.language)}</p>
      <Heading id={id} className="hv-refcard__name"><SafeText text={card.name} /></Heading>
      <dl className="hv-refcard__facts">
        <div><dt>{t('card.area')}</dt><dd><SafeText text={area} /></dd></div>
        {card.hours && <div><dt>{t('card.hours')}</dt><dd><SafeText text={card.hours} /></dd></div>}
      </dl>
      {card.description && <p className="hv-refcard__desc"><SafeText text={card.description} /></p>}
      {(tel || url) && (
        <div className="hv-refcard__actions">
          {tel && card.phone && (
            <a className="hv-button hv-button--primary hv-refcard__call" href={tel} data-testid="card-phone">
              {t('card.phone', { phone: card.phone })}
            </a>
          )}
          {url && (
            <a className="hv-button hv-refcard__web" href={url} target="_blank" rel="noopener noreferrer" data-testid="card-web">
              {t('card.web')}<span className="visually-hidden">{t('card.newTab')}</span>
            </a>
          )}
        </div>
      )}
    </article>
  );
}
