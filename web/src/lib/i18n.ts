import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { rosterEn, rosterJa } from '../staff/roster/roster.i18n';
import { settingsEn, settingsJa } from '../staff/settings/settings.i18n';
import { riskEn, riskJa } from '../staff/workspace/risk/risk.i18n';
import { accountEn, accountJa } from '../staff/auth/account.i18n';
import { auditEn, auditJa } from '../staff/audit/audit.i18n';
import { escalationEn, escalationJa } from '../staff/escalation/escalation.i18n';
import { peopleEn, peopleJa } from '../staff/admin/people.i18n';
import { staffEn, staffJa } from '../staff/staff.i18n';
import { teamEn, teamJa } from '../staff/supervision/team.i18n';
import { supervisionEn, supervisionJa } from '../staff/supervision/supervision.i18n';
import { handoffEn, handoffJa } from '../staff/workspace/handoff/handoff.i18n';
import { timelineEn, timelineJa } from '../staff/workspace/timeline/timeline.i18n';
import { visitorEn, visitorJa } from '../visitor/visitor.i18n';

/** Every i18next namespace as [Japanese, English]; a staff feature with its own texts adds a line. */
const BUNDLES: Record<string, readonly [object, object]> = {
  visitor: [visitorJa, visitorEn],
  staff: [staffJa, staffEn],
  account: [accountJa, accountEn],
  audit: [auditJa, auditEn],
  team: [teamJa, teamEn],
  supervision: [supervisionJa, supervisionEn],
  handoff: [handoffJa, handoffEn],
  people: [peopleJa, peopleEn],
  roster: [rosterJa, rosterEn],
  settings: [settingsJa, settingsEn],
  risk: [riskJa, riskEn],
  escalation: [escalationJa, escalationEn],
  timeline: [timelineJa, timelineEn],
};

const LANG_KEY = 'hidamari.lang';

export function savedLanguage(): 'ja' | 'en' {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

export function setLanguage(lang: 'ja' | 'en'): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* private mode: language lasts for this page only */
  }
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

void i18n.use(initReactI18next).init({
  lng: savedLanguage(),
  fallbackLng: 'ja',
  ns: Object.keys(BUNDLES),
  defaultNS: 'visitor',
  resources: {
    ja: Object.fromEntries(Object.entries(BUNDLES).map(([ns, [ja]]) => [ns, ja])),
    en: Object.fromEntries(Object.entries(BUNDLES).map(([ns, [, en]]) => [ns, en])),
  },
  interpolation: { escapeValue: false },
});
document.documentElement.lang = savedLanguage();

export default i18n;
