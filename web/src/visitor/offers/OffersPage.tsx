import type { PublicOffer } from '@hidamari/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SafeText } from '../../lib/safe-text';
import { useFocusOnMount } from '../use-focus-on-mount';
import { OFFERS_NS } from './offers.i18n';
import { offerWhen } from './offer-time';
import { useUpcomingOffers } from './use-upcoming-offers';
import { goBack } from './visitor-path';
import './offers.css';

/** `/offers`: the center's upcoming seminars, family classes, 居場所 days and workshops, soonest first. */
export function OffersPage() {
  const { t, i18n } = useTranslation(OFFERS_NS);
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const { result, retry } = useUpcomingOffers(lang);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <section className="hv-offers" aria-labelledby="hv-offers-title" data-testid="offers-page">
      <button type="button" className="hv-link-button hv-offers__back" data-testid="offers-back" onClick={goBack}>← {t('back')}</button>
      <h1 id="hv-offers-title" ref={headingRef} tabIndex={-1}>{t('title')}</h1>
      <p className="hv-lead">{t('lead')}</p>
      {result.state === 'loading' && <p className="hv-card" role="status" aria-busy="true" data-testid="offers-loading">{t('loading')}</p>}
      {result.state === 'error' && (
        <div className="hv-card" data-testid="offers-error">
          <p className="hv-error" role="alert">{t('error')}</p>
          <button type="button" className="hv-button" data-testid="offers-retry" onClick={retry}>{t('retry')}</button>
        </div>
      )}
      {result.state === 'ready' && result.offers.length === 0 && (
        <p className="hv-card hv-card--info" role="status" data-testid="offers-empty">{t('empty')}</p>
      )}
      {result.state === 'ready' && result.offers.length > 0 && (
        <>
          {deviceZone !== result.timezone && <p className="hv-hint">{t('zoneNote', { zone: result.timezone })}</p>}
          <ul className="hv-offers__list">
            {result.offers.map((o) => <li key={o.id}><OfferCard offer={o} timezone={result.timezone} lang={lang} /></li>)}
          </ul>
        </>
      )}
    </section>
  );
}

function OfferCard({ offer, timezone, lang }: { offer: PublicOffer; timezone: string; lang: 'ja' | 'en' }) {
  const { t } = useTranslation(OFFERS_NS);
  const id = useId();
  const when = offerWhen(offer.startsAt, offer.endsAt, timezone, lang);
  return (
    <article className="hv-offer" aria-labelledby={id} data-testid="offer" data-offer-id={offer.id}>
      <p className={`hv-offer__audience hv-offer__audience--${offer.audience}`}>{t(`audience.${offer.audience}`)}</p>
      <h2 id={id} className="hv-offer__title"><SafeText text={offer.title} /></h2>
      <dl className="hv-offer__facts">
        <div><dt>{t('when')}</dt><dd data-testid="offer-when"><time dateTime={offer.startsAt}>{when ?? t('timeUnknown')}</time></dd></div>
        <div><dt>{t('place')}</dt><dd><SafeText text={offer.place} /></dd></div>
      </dl>
      {offer.description && <p className="hv-offer__desc"><SafeText text={offer.description} /></p>}
    </article>
  );
}
