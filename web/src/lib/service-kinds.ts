import { SERVICE_KINDS, type Locale, type ServiceKind } from '@hidamari/shared';

/**
 * The one label per kind of local service in the directory, in both languages: the directory admin, the counselor's
 * referral search, the referral card and the referrals report all read these. The Japanese names are the proper
 * nouns of public institutions, so a card may show them (e.g. ひきこもり地域支援センター) even on a visitor's screen.
 */
export const SERVICE_KIND_LABELS: Record<Locale, Record<ServiceKind, string>> = {
  ja: {
    hikikomori_center: 'ひきこもり地域支援センター',
    youth_support_station: '地域若者サポートステーション',
    mental_health_center: '精神保健福祉センター',
    ibasho: '居場所',
    family_class: '家族教室',
    medical: '医療機関',
    other: 'その他',
  },
  en: {
    hikikomori_center: 'Hikikomori regional support center',
    youth_support_station: 'Youth support station',
    mental_health_center: 'Mental health and welfare center',
    ibasho: 'Place to be (ibasho)',
    family_class: 'Family class',
    medical: 'Medical',
    other: 'Other',
  },
};

/** The kinds in the order the directory lists them. */
export const SERVICE_KIND_ORDER: readonly ServiceKind[] = SERVICE_KINDS;

/** i18next resources (namespace `serviceKinds`, key = kind), for screens that prefer `t('serviceKinds:ibasho')`. */
export const serviceKindsJa = SERVICE_KIND_LABELS.ja;
export const serviceKindsEn = SERVICE_KIND_LABELS.en;

/** The label of a kind in a language: a language starting with 'en' (e.g. 'en-US') reads English, anything else Japanese. */
export function serviceKindLabel(kind: ServiceKind, lang: string | undefined): string {
  const locale: Locale = lang?.startsWith('en') ? 'en' : 'ja';
  return SERVICE_KIND_LABELS[locale][kind];
}
