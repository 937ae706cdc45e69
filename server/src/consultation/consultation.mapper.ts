import type {
  Audience, CloseReason, ConsultationStatus, ConsultationView, Locale, Outcome, QueueItem, RiskLevel, Topic,
} from '@hidamari/shared';
import { iso } from '../db/raw.js';
import type { consultations } from '../db/schema.js';
import { openOrNull } from '../crypto/index.js';

export type ConsultationRow = typeof consultations.$inferSelect;

const opt = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

export function toConsultationView(c: ConsultationRow, counselorName?: string | null): ConsultationView {
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
  };
}

export function toQueueItem(c: ConsultationRow): QueueItem {
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
  };
}
