/**
 * Registers the 'visitorReturn' namespace (both languages) when a chunk that needs it loads: these screens are not in
 * the visitor's first load, so neither are their words.
 */
import i18n from '../../lib/i18n';
import { returnEn } from './i18n/en';
import { returnJa } from './i18n/ja';

export const RETURN_NS = 'visitorReturn';

if (!i18n.hasResourceBundle('ja', RETURN_NS)) {
  i18n.addResourceBundle('ja', RETURN_NS, returnJa, true, true);
  i18n.addResourceBundle('en', RETURN_NS, returnEn, true, true);
}

export { returnEn, returnJa };
