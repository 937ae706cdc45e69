import { z } from 'zod';
import { IdSchema, InputTextSchema, InstantSchema, LoginIdSchema, RoleSchema, TeamSchema } from './common.schemas.js';

const PasswordSchema = InputTextSchema.min(10, 'at least 10 characters').max(200);
const DisplayNameSchema = InputTextSchema.trim().min(1).max(40);
const MaxConcurrentSchema = z.number().int().min(1).max(10);

export const LoginSchema = z.object({ loginId: LoginIdSchema, password: InputTextSchema.min(1).max(200) });
export type Login = z.infer<typeof LoginSchema>;

export const StaffCreateSchema = z.object({
  loginId: LoginIdSchema,
  displayName: DisplayNameSchema,
  password: PasswordSchema,
  roles: z.array(RoleSchema).min(1),
  teams: z.array(TeamSchema).max(10).optional(),
  maxConcurrent: MaxConcurrentSchema.optional(),
});
export type StaffCreate = z.infer<typeof StaffCreateSchema>;

export const StaffUpdateSchema = z
  .object({
    displayName: DisplayNameSchema,
    password: PasswordSchema,
    roles: z.array(RoleSchema).min(1),
    teams: z.array(TeamSchema).max(10),
    maxConcurrent: MaxConcurrentSchema,
    active: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
export type StaffUpdate = z.infer<typeof StaffUpdateSchema>;

/** `POST /api/me/password`: the new password must differ from the current (a temporary one has to go). */
export const PasswordChangeSchema = z
  .object({ currentPassword: InputTextSchema.min(1).max(200), newPassword: PasswordSchema })
  .refine((v) => v.newPassword !== v.currentPassword, { message: 'must differ from the current password', path: ['newPassword'] });
export type PasswordChange = z.infer<typeof PasswordChangeSchema>;

/** `GET /api/audit?before=<id>&limit=`: newest first, `before` pages back. */
export const AuditQuerySchema = z.object({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const IdParamsSchema = z.object({ id: IdSchema });

export const ShiftCreateSchema = z
  .object({
    staffId: IdSchema,
    startsAt: InstantSchema,
    endsAt: InstantSchema,
    role: RoleSchema.optional(),
  })
  .refine((v) => Date.parse(v.endsAt) > Date.parse(v.startsAt), { message: 'endsAt must be after startsAt', path: ['endsAt'] });
export type ShiftCreate = z.infer<typeof ShiftCreateSchema>;

export const ShiftListQuerySchema = z.object({
  from: InstantSchema.optional(),
  to: InstantSchema.optional(),
});

/** First-admin set-up through the one-time link. */
export const SetupSchema = z.object({
  token: InputTextSchema.min(10).max(200),
  loginId: LoginIdSchema,
  displayName: DisplayNameSchema,
  password: PasswordSchema,
});
export type Setup = z.infer<typeof SetupSchema>;

