/**
 * Supervision (issue 8): a supervisor monitors a chat silently, whispers to its counselor (a staff-only message),
 * takes it over, and reads the overview of every open chat, every counselor's load and the open escalations.
 */
import { z } from 'zod';
import { AUDIENCES, RISK_LEVELS, TOPICS } from '../domain.js';
import { IdSchema } from './common.schemas.js';
import { ESCALATION_LEVELS, ESCALATION_STATUSES } from './escalation.schemas.js';
import { TeamMemberLiveSchema } from './roster.schemas.js';

/** `consultation:monitor`, `consultation:unmonitor`, `consultation:takeover`: the chat, by id. */
export const SupervisionRefSchema = z.object({ consultationId: IdSchema });
export type SupervisionRef = z.infer<typeof SupervisionRefSchema>;

export interface Monitor {
  staffId: string;
  displayName: string;
}

/** Server → staff, to the chat's room: who monitors it now (empty when the last one left). */
export interface MonitorChanged {
  consultationId: string;
  monitors: Monitor[];
}

const Timestamp = z.string().describe('ISO 8601');

/** One queued or active chat on the supervisor's overview. */
export const OverviewConsultationSchema = z.object({
  id: IdSchema,
  status: z.enum(['queued', 'active']),
  audience: z.enum(AUDIENCES),
  topic: z.enum(TOPICS),
  /** The visitor's own words: supervisors only (an admin alone reads no conversation content). */
  nickname: z.string().optional(),
  riskLevel: z.enum(RISK_LEVELS),
  priority: z.number().int(),
  requestedTeam: z.string().optional(),
  createdAt: Timestamp,
  /** Queued since (the last time it entered the queue) or active since (claimed): the waiting time counts from here. */
  since: Timestamp,
  counselor: z.object({ staffId: IdSchema, displayName: z.string() }).optional(),
});
export type OverviewConsultation = z.infer<typeof OverviewConsultationSchema>;

/** An escalation not yet resolved. */
export const OverviewEscalationSchema = z.object({
  id: IdSchema,
  consultationId: IdSchema,
  level: z.enum(ESCALATION_LEVELS),
  status: z.enum(ESCALATION_STATUSES),
  /** The counselor's note: supervisors only. */
  note: z.string().optional(),
  raisedBy: z.object({ staffId: IdSchema, displayName: z.string() }).optional(),
  createdAt: Timestamp,
  acknowledgedAt: Timestamp.optional(),
});
export type OverviewEscalation = z.infer<typeof OverviewEscalationSchema>;

/** `GET /api/supervision/overview` (supervisor or admin). */
export const SupervisionOverviewSchema = z.object({
  consultations: z.array(OverviewConsultationSchema),
  counselors: z.array(TeamMemberLiveSchema),
  escalations: z.array(OverviewEscalationSchema),
  /** Whether chats beyond the list exist (the list holds the most urgent OVERVIEW_LIMIT). */
  truncated: z.boolean(),
  generatedAt: Timestamp,
});
export type SupervisionOverview = z.infer<typeof SupervisionOverviewSchema>;

/** The overview lists at most this many chats, most urgent first. */
export const OVERVIEW_LIMIT = 500;
