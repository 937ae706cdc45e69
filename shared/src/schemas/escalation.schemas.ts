/**
 * Escalation (issue 8): a counselor asks a supervisor for help with a chat they hold. On /staff:
 * `consultation:escalate` → `escalation:raised` to every on-duty supervisor (or, with none on duty, every active admin);
 * `escalation:ack` / `escalation:resolve` → `escalation:updated` to everyone involved; `escalations:list` restores the
 * open ones after a reload. An emergency left unacknowledged is raised again (`realert: true`), to admins too.
 */
import { z } from 'zod';
import type { Audience, RiskLevel, Topic } from '../domain.js';
import { IdSchema, InputTextSchema } from './common.schemas.js';

/** From least to most urgent. */
export const ESCALATION_LEVELS = ['consult', 'urgent', 'emergency'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const ESCALATION_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

/** Who was alerted: on-duty supervisors, or (none being on duty) every active admin. */
export type EscalationNotified = 'supervisors' | 'admins';

export const ESCALATION_NOTE_MAX = 1000;
/** A note is optional: in an emergency, typing must never stand between the counselor and help. */
const NoteSchema = InputTextSchema.trim().max(ESCALATION_NOTE_MAX);

export const ConsultationEscalateSchema = z.object({
  consultationId: IdSchema,
  level: z.enum(ESCALATION_LEVELS),
  note: NoteSchema.optional(),
});
export type ConsultationEscalate = z.infer<typeof ConsultationEscalateSchema>;

/** `escalation:ack` and `escalation:resolve`. */
export const EscalationActSchema = z.object({ escalationId: IdSchema, note: NoteSchema.optional() });
export type EscalationAct = z.infer<typeof EscalationActSchema>;

export interface StaffRef {
  staffId: string;
  displayName: string;
}

export interface Escalation {
  id: string;
  consultationId: string;
  level: EscalationLevel;
  status: EscalationStatus;
  /** The raiser's note ('' when none was written). */
  note: string;
  raisedBy: StaffRef;
  createdAt: string;
  /** Who was alerted when it was raised. */
  notified: EscalationNotified;
  /** When an unacknowledged emergency was raised again (admins then know of it too). */
  realertedAt?: string;
  acknowledgedAt?: string;
  acknowledgedBy?: StaffRef;
  acknowledgementNote?: string;
  resolvedAt?: string;
  resolvedBy?: StaffRef;
  resolutionNote?: string;
  consultation: { topic: Topic; audience: Audience; riskLevel: RiskLevel; counselorName?: string };
}

/** Server → staff: a new escalation, or (`realert: true`) an emergency still unacknowledged after ESCALATION_REALERT_SECONDS. */
export interface EscalationRaised {
  escalation: Escalation;
  realert?: true;
}
export interface EscalationUpdated {
  escalation: Escalation;
}
