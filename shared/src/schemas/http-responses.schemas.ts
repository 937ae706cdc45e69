/**
 * What each HTTP route answers. The server serializes through these, so a field that is not here
 * (a password hash, an internal flag) never leaves it. tests/types locks them to the types in wire.ts.
 */
import { z } from 'zod';
import { AuditAction } from '../audit.js';
import { ErrorCode } from '../errors.js';
import { LOCALES } from '../domain.js';
import { IdSchema, RoleSchema } from './common.schemas.js';

const Timestamp = z.string().describe('ISO 8601');

export const StaffViewSchema = z.object({
  id: IdSchema,
  loginId: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  teams: z.array(z.string()),
  maxConcurrent: z.number().int(),
  active: z.boolean(),
  onDuty: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: Timestamp,
});

export const ShiftViewSchema = z.object({
  id: IdSchema,
  staffId: IdSchema,
  staffName: z.string().optional(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  role: RoleSchema,
});

export const HotlineSchema = z.object({
  name: z.string(),
  phone: z.string(),
  hours: z.string().optional(),
  url: z.string().optional(),
  /** The language this line is for; unset: both. */
  locale: z.enum(LOCALES).optional(),
});

export const ServiceStatusSchema = z.object({
  open: z.boolean(),
  closesAt: Timestamp.nullable(),
  nextOpening: Timestamp.nullable(),
  timezone: z.string(),
  message: z.string(),
  serviceName: z.string(),
  hotlines: z.array(HotlineSchema),
  hoursMessage: z.string().optional(),
});

export const WireErrorSchema = z.object({
  code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  field: z.string().optional(),
});

export const StaffResponseSchema = z.object({ staff: StaffViewSchema });
export const StaffListResponseSchema = z.object({ staff: z.array(StaffViewSchema) });
export const ShiftResponseSchema = z.object({ shift: ShiftViewSchema });
export const ShiftListResponseSchema = z.object({ shifts: z.array(ShiftViewSchema) });
/** `POST /api/shifts/bulk`: the shifts it created, and how many it deleted. */
export const ShiftBulkResponseSchema = z.object({ created: z.array(ShiftViewSchema), deleted: z.number().int() });
export const SetupNeededResponseSchema = z.object({ needed: z.boolean() });
export const HealthResponseSchema = z.object({ ok: z.literal(true) });
export const NotReadyResponseSchema = z.object({ ok: z.literal(false), error: WireErrorSchema });

/** `POST /api/staff/:id/password-reset`: shown to the admin once; only its hash is stored. */
export const PasswordResetResponseSchema = z.object({ temporaryPassword: z.string() });

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  action: z.enum(Object.values(AuditAction) as [AuditAction, ...AuditAction[]]),
  staffId: IdSchema.optional(),
  staffName: z.string().optional(),
  subject: z.string().optional(),
  consultationId: IdSchema.optional(),
  data: z.record(z.string(), z.unknown()),
  createdAt: Timestamp,
});
/** `GET /api/audit`: newest first; page back with `before` = the last entry's id. */
export const AuditListResponseSchema = z.object({ entries: z.array(AuditEntrySchema) });
