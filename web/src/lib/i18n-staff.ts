/**
 * The staff app's i18next namespaces, loaded with the staff app only (`loadStaffTexts` in ./i18n), so a visitor's
 * phone never downloads them. A staff feature with its own texts adds an import and a line to STAFF_BUNDLES.
 */
import { accountEn, accountJa } from '../staff/auth/account.i18n';
import { auditEn, auditJa } from '../staff/audit/audit.i18n';
import { escalationEn, escalationJa } from '../staff/escalation/escalation.i18n';
import { peopleEn, peopleJa } from '../staff/admin/people.i18n';
import { reportsEn, reportsJa } from '../staff/reports/reports.i18n';
import { riskEn, riskJa } from '../staff/workspace/risk/risk.i18n';
import { rosterEn, rosterJa } from '../staff/roster/roster.i18n';
import { settingsEn, settingsJa } from '../staff/settings/settings.i18n';
import { staffEn, staffJa } from '../staff/staff.i18n';
import { supervisionEn, supervisionJa } from '../staff/supervision/supervision.i18n';
import { surveyAdminEn, surveyAdminJa } from '../staff/survey/survey-admin.i18n';
import { teamEn, teamJa } from '../staff/supervision/team.i18n';
import { handoffEn, handoffJa } from '../staff/workspace/handoff/handoff.i18n';
import { timelineEn, timelineJa } from '../staff/workspace/timeline/timeline.i18n';
import { cannedEn, cannedJa } from '../staff/canned/canned.i18n';
import { directoryEn, directoryJa } from '../staff/directory/directory.i18n';
import { offersEn, offersJa } from '../staff/offers/offers.i18n';
import { serviceKindsEn, serviceKindsJa } from './service-kinds';
import { familyEn, familyJa } from '../staff/workspace/family/family.i18n';
import { historyEn, historyJa } from '../staff/workspace/history/history.i18n';
import { referralEn, referralJa } from '../staff/workspace/referral/referral.i18n';
import type { Bundles } from './i18n';

/** Every staff namespace as [Japanese, English]. */
export const STAFF_BUNDLES: Bundles = {
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
  canned: [cannedJa, cannedEn],
  surveyAdmin: [surveyAdminJa, surveyAdminEn],
  reports: [reportsJa, reportsEn],
  serviceKinds: [serviceKindsJa, serviceKindsEn],
  family: [familyJa, familyEn],
  history: [historyJa, historyEn],
  referral: [referralJa, referralEn],
  directory: [directoryJa, directoryEn],
  offers: [offersJa, offersEn],
};
