import { z } from 'zod';
import { AUDIENCES, LIMITS, LOCALES, TOPICS } from '../domain.js';
import { AfterSeqSchema, ClientMessageIdSchema, InputTextSchema, MessageBodySchema } from './common.schemas.js';
import { FamilyIntakeSchema } from './family.schemas.js';
import { ReturnKeySchema } from './history.schemas.js';

export const ConsultationStartSchema = z
  .object({
    audience: z.enum(AUDIENCES),
    topic: z.enum(TOPICS),
    nickname: InputTextSchema.trim().max(LIMITS.nickname).optional(),
    message: InputTextSchema.trim().max(LIMITS.messageBody).optional(),
    locale: z.enum(LOCALES).optional(),
    /** Issue 12: given only after the visitor confirmed linking to their earlier consultations; unknown → NOT_FOUND on `returnKey`. */
    returnKey: ReturnKeySchema.optional(),
    /** Issue 12: ask for the counselor of the earlier consultations (needs `returnKey`). */
    preferCounselor: z.boolean().optional(),
    /** Issue 12: the optional family intake (only with `audience: 'family'`). */
    family: FamilyIntakeSchema.optional(),
  })
  .refine((s) => !s.preferCounselor || s.returnKey !== undefined, { message: 'needs returnKey', path: ['preferCounselor'] })
  .refine((s) => s.family === undefined || s.audience === 'family', { message: "only with audience 'family'", path: ['family'] });
export type ConsultationStart = z.infer<typeof ConsultationStartSchema>;

/** Resume codes are shown as XXXX-XXXX-XXXX; spaces, hyphens and case are forgiven. */
export const ConsultationResumeSchema = z.object({
  resumeCode: InputTextSchema.trim().min(8).max(40),
});
export type ConsultationResume = z.infer<typeof ConsultationResumeSchema>;

export const VisitorMessageSendSchema = z.object({
  clientMessageId: ClientMessageIdSchema,
  body: MessageBodySchema,
});
export type VisitorMessageSend = z.infer<typeof VisitorMessageSendSchema>;

export const VisitorMessagesSyncSchema = z.object({ afterSeq: AfterSeqSchema });
export type VisitorMessagesSync = z.infer<typeof VisitorMessagesSyncSchema>;

export const VisitorTypingSetSchema = z.object({ typing: z.boolean() });
export type VisitorTypingSet = z.infer<typeof VisitorTypingSetSchema>;

export const VisitorHandshakeSchema = z.object({ token: InputTextSchema.min(1).max(200).optional() });
