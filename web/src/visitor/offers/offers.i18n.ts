/** Registers the 'visitorOffers' namespace (both languages) when the offers page's chunk loads. */
import i18n from '../../lib/i18n';
import { offersEn } from './i18n/en';
import { offersJa } from './i18n/ja';

export const OFFERS_NS = 'visitorOffers';

if (!i18n.hasResourceBundle('ja', OFFERS_NS)) {
  i18n.addResourceBundle('ja', OFFERS_NS, offersJa, true, true);
  i18n.addResourceBundle('en', OFFERS_NS, offersEn, true, true);
}

export { offersEn, offersJa };
