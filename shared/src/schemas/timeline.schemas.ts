/**
 * The consultation timeline (issue 8, "Audit trail"): `consultation:timeline` `{consultationId}` → ack `{events}`, the
 * consultation's event rows oldest first, for its counselor or a supervisor. Events carry what happened, who did it
 * and when; never conversation content (free text such as notes and reasons is left out of `data`).
 */
import { z } from 'zod';
import { IdSchema } from './common.schemas.js';

export const ConsultationTimelineRequestSchema = z.object({ consultationId: IdSchema });
export type ConsultationTimelineRequest = z.infer<typeof ConsultationTimelineRequestSchema>;

/** At most this many rows on the wire: the newest ones, still oldest first. */
export const TIMELINE_LIMIT = 500;

export const TimelineActorSchema = z.object({ staffId: z.string(), displayName: z.string() });
export type TimelineActor = z.infer<typeof TimelineActorSchema>;

export const TimelineEventSchema = z.object({
  id: z.number().int(),
  /** `queued`, `claimed`, `requeued`, `closed`, and the hand-off, escalation, supervision and risk types of issue 8. */
  type: z.string(),
  /** The staff member who did it; absent for the visitor and the system (sweeper, shift end). */
  actor: TimelineActorSchema.optional(),
  /**
   * Ids, enums, numbers and flags only (e.g. `{reason: 'counselor_closed', outcome: 'listened'}`, `{level: 'emergency'}`).
   * A staff id under `toStaffId` (or `from`) comes with that person's name under `toStaffName` (or `fromStaffName`).
   */
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const ConsultationTimelineSchema = z.object({ events: z.array(TimelineEventSchema) });
export type ConsultationTimeline = z.infer<typeof ConsultationTimelineSchema>;
