import type { Audience, Escalation, EscalationLevel, EscalationNotified, EscalationStatus, RiskLevel, StaffRef, Topic } from '@hidamari/shared';
import { iso } from '../db/raw.js';
import { open, openOrNull } from '../crypto/index.js';
import { openEventField } from '../crypto/event-data.js';

type Ts = Date | string | null;

/** One row of the escalation view query (escalation.repository `VIEW`). */
export interface EscalationViewRow {
  id: string;
  consultation_id: string;
  level: EscalationLevel;
  status: EscalationStatus;
  note: string | null;
  created_at: Ts;
  realerted_at: Ts;
  acknowledged_at: Ts;
  resolved_at: Ts;
  resolution_note: string | null;
  raised_by: string | null;
  raised_by_name: string | null;
  acknowledged_by: string | null;
  acknowledged_by_name: string | null;
  resolved_by: string | null;
  resolved_by_name: string | null;
  topic: Topic;
  audience: Audience;
  risk_level: RiskLevel;
  counselor_name: string | null;
  notified: EscalationNotified;
  ack_note: string | null;
}

const ref = (id: string | null, name: string | null): StaffRef | undefined => (id ? { staffId: id, displayName: name ?? '' } : undefined);

export function toEscalation(r: EscalationViewRow): Escalation {
  const e: Escalation = {
    id: r.id,
    consultationId: r.consultation_id,
    level: r.level,
    status: r.status,
    note: openOrNull(r.note) ?? '',
    raisedBy: ref(r.raised_by, r.raised_by_name) ?? { staffId: '', displayName: '' },
    createdAt: iso(r.created_at)!,
    notified: r.notified,
    consultation: { topic: r.topic, audience: r.audience, riskLevel: r.risk_level, ...(r.counselor_name ? { counselorName: r.counselor_name } : {}) },
  };
  const realertedAt = iso(r.realerted_at);
  if (realertedAt) e.realertedAt = realertedAt;
  const acknowledgedAt = iso(r.acknowledged_at);
  const acknowledgedBy = ref(r.acknowledged_by, r.acknowledged_by_name);
  if (acknowledgedAt) e.acknowledgedAt = acknowledgedAt;
  if (acknowledgedBy) e.acknowledgedBy = acknowledgedBy;
  if (r.ack_note) e.acknowledgementNote = String(openEventField(r.ack_note));
  const resolvedAt = iso(r.resolved_at);
  const resolvedBy = ref(r.resolved_by, r.resolved_by_name);
  if (resolvedAt) e.resolvedAt = resolvedAt;
  if (resolvedBy) e.resolvedBy = resolvedBy;
  if (r.resolution_note) e.resolutionNote = open(r.resolution_note);
  return e;
}
