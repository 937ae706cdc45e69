/**
 * The roster's contract beyond create/list/delete (issue 7): edit, bulk operations, coverage, the live team view,
 * and the shift reminders sent on /staff. Times on the wire are UTC instants (ISO 8601); days and weeks are
 * calendar dates in the service's time zone (SERVICE_TIMEZONE).
 */
import { z } from 'zod';
import { IdSchema, InputTextSchema, InstantSchema, RoleSchema } from './common.schemas.js';

/** A shift lasts at most this long. */
export const MAX_SHIFT_HOURS = 16;
/** A counselor may go on duty this long before their shift starts. */
export const DUTY_EARLY_MINUTES = 15;
/** The "your shift ends soon" reminder goes out this long before the end. */
export const SHIFT_REMINDER_MINUTES = 10;
/** The Japanese guidance for SNS consultation asks for at least this many staff on duty at once. */
export const MIN_STAFF_ON_DUTY = 2;

/** A calendar date in the service's time zone. */
export const LocalDateSchema = z.iso.date();

/** `PATCH /api/shifts/:id`: move, resize (an admin extending or shortening a running shift), reassign or change role. */
export const ShiftUpdateSchema = z
  .object({ staffId: IdSchema, startsAt: InstantSchema, endsAt: InstantSchema, role: RoleSchema })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
export type ShiftUpdate = z.infer<typeof ShiftUpdateSchema>;

/**
 * `POST /api/shifts/bulk`, one transaction, all or nothing:
 * - copyWeek: every shift starting in the week that begins on `weekStart` (a Monday, service time zone) is copied
 *   to each of the next `weeks` weeks, at the same local wall-clock times;
 * - repeatWeekly: shift `shiftId` is repeated every 7 days (same local times) up to and including the date `until`;
 * - deleteRange: every shift starting in [from, to) is deleted (only `staffId`'s when given).
 * Answer: `{created: ShiftView[], deleted: number}`. A copy that would overlap a shift of the same person fails the
 * whole operation with 409 CONFLICT naming the date; any other broken rule (a person no longer active or holding the
 * role, a copy over 16 hours after a DST change) with 400; the error's field is `weekStart` or `until`. Shifts of
 * deactivated people are not copied (the roster does not show them). repeatWeekly reaches at most 53 weeks ahead.
 */
export const ShiftBulkSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('copyWeek'), weekStart: LocalDateSchema, weeks: z.number().int().min(1).max(12) }),
  z.object({ op: z.literal('repeatWeekly'), shiftId: IdSchema, until: LocalDateSchema }),
  z.object({ op: z.literal('deleteRange'), from: InstantSchema, to: InstantSchema, staffId: IdSchema.optional() }),
]);
export type ShiftBulk = z.infer<typeof ShiftBulkSchema>;

/** `GET /api/roster/coverage?from&to` (admin): hour by hour, and counselor-hours per local day. */
export const CoverageQuerySchema = z.object({ from: InstantSchema, to: InstantSchema });

/**
 * Per hour, set when it holds at any moment of the hour: `no_counselor` nobody on shift in a counselling role
 * (counselor or supervisor: the service is closed), `no_supervisor` no supervisor on shift, `under_two` fewer than
 * MIN_STAFF_ON_DUTY people on shift in any role. The counts are the fewest on shift at any moment of the hour.
 * Counselor-hours per day are the hours of counselling shifts (counselor or supervisor role) within that local day.
 * At most 62 days per request (`to` after `from`; errors name `to`).
 */
export const CoverageFlag = { noCounselor: 'no_counselor', noSupervisor: 'no_supervisor', underTwo: 'under_two' } as const;
export type CoverageFlag = (typeof CoverageFlag)[keyof typeof CoverageFlag];

export const CoverageHourSchema = z.object({
  /** The hour's start (UTC instant, on a local hour boundary). */
  start: z.string(),
  counselors: z.number().int(),
  supervisors: z.number().int(),
  /** Distinct people on shift in any role. */
  staff: z.number().int(),
  flags: z.array(z.enum([CoverageFlag.noCounselor, CoverageFlag.noSupervisor, CoverageFlag.underTwo])),
});
export const CoverageResponseSchema = z.object({
  timezone: z.string(),
  hours: z.array(CoverageHourSchema),
  days: z.array(z.object({ date: LocalDateSchema, counselorHours: z.number() })),
});
export type Coverage = z.infer<typeof CoverageResponseSchema>;

/** `GET /api/roster/live` (supervisor or admin): who is on shift, on duty, and their load, now. */
export const TeamMemberLiveSchema = z.object({
  staffId: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  shift: z.object({ id: z.string(), role: RoleSchema, startsAt: z.string(), endsAt: z.string() }).nullable(),
  onDuty: z.boolean(),
  /** Active chats held now, and the most they may hold. */
  load: z.number().int(),
  maxConcurrent: z.number().int(),
});
export const TeamLiveResponseSchema = z.object({ members: z.array(TeamMemberLiveSchema) });
export type TeamMemberLive = z.infer<typeof TeamMemberLiveSchema>;

/** Server → staff on /staff: the shift ends in SHIFT_REMINDER_MINUTES (`shift:ending`) or has ended (`shift:ended`). */
export interface ShiftEnding {
  shiftId: string;
  endsAt: string;
}
export interface ShiftEnded {
  shiftId: string;
  /** The caller's chats still open: hand each over (`consultation:handover`). */
  openConsultationIds: string[];
}

/** Client → server on /staff: return a chat to the front of the queue with a staff-only note (the hand-over until hand-offs exist). */
export const ConsultationHandoverSchema = z.object({ consultationId: IdSchema, note: InputTextSchema.trim().max(1000).optional() });
export type ConsultationHandover = z.infer<typeof ConsultationHandoverSchema>;
