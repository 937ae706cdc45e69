import type {
  Audience, CloseReason, ConsultationStatus, ConsultationView, FamilyIntake, Locale, Outcome, PreferredCounselor, QueueItem, RiskLevel, Topic,
} from '@hidamari/shared';
import { iso } from '../db/raw.js';
import type { consultations } from '../db/schema.js';
import { openOrNull } from '../crypto/index.js';

export type ConsultationRow = typeof consultations.$inferSelect;

const opt = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

/** Issue 12: the family intake's given answers only; undefined when none was given. */
export function familyOf(c: Pick<ConsultationRow, 'familyRelationship' | 'familyAgeBand' | 'familyDuration' | 'familyHopes'>): FamilyIntake | undefined {
  const f: FamilyIntake = {};
  if (c.familyRelationship) f.relationship = c.familyRelationship;
  if (c.familyAgeBand) f.ageBand = c.familyAgeBand;
  if (c.familyDuration) f.duration = c.familyDuration;
  if (c.familyHopes?.length) f.hopes = c.familyHopes;
  return Object.keys(f).length > 0 ? f : undefined;
}

/** Issue 12: family and the count of linked consultations (absent when none), shared by the view and the queue item. */
function issue12Fields(c: ConsultationRow, historyCount?: number): Pick<ConsultationView, 'family' | 'historyCount'> {
  const family = familyOf(c);
  return { ...(family ? { family } : {}), ...(historyCount ? { historyCount } : {}) };
}

/** `preferred`: the reservation in force for an asked-for counselor (routing's `preferredOf`), only while queued. */
export function toConsultationView(
  c: ConsultationRow, counselorName?: string | null, historyCount?: number, preferred?: PreferredCounselor,
): ConsultationView {
  return {
    id: c.id,
    status: c.status as ConsultationStatus,
    audience: c.audience as Audience,
    topic: c.topic as Topic,
    nickname: opt(c.nickname),
    locale: c.locale as Locale,
    riskLevel: c.riskLevel as RiskLevel,
    priority: c.priority,
    requestedTeam: opt(c.requestedTeam),
    assignedStaffId: opt(c.assignedStaffId),
    counselorName: opt(counselorName),
    createdAt: iso(c.createdAt)!,
    claimedAt: iso(c.claimedAt),
    closedAt: iso(c.closedAt),
    closeReason: opt(c.closeReason) as CloseReason | undefined,
    outcome: opt(c.outcome) as Outcome | undefined,
    tags: c.tags,
    lastSeq: c.lastSeq,
    visitorPresence: { connected: c.visitorConnected, since: iso(c.visitorPresenceAt)! },
    staffReadSeq: c.staffReadSeq,
    ...issue12Fields(c, historyCount),
    ...(preferred && c.status === 'queued' ? { preferred } : {}),
  };
}

/** `historyCount`: read with the queue in the same statement (consultationRepository.queued). */
export function toQueueItem(c: ConsultationRow & { historyCount?: number }, preferred?: PreferredCounselor): QueueItem {
  return {
    consultationId: c.id,
    audience: c.audience as Audience,
    topic: c.topic as Topic,
    riskLevel: c.riskLevel as RiskLevel,
    priority: c.priority,
    requestedTeam: opt(c.requestedTeam),
    createdAt: iso(c.createdAt)!,
    preview: opt(openOrNull(c.preview)),
    nickname: opt(c.nickname),
    ...issue12Fields(c, c.historyCount),
    ...(preferred ? { preferred } : {}),
  };
}
