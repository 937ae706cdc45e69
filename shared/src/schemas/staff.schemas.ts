import { z } from 'zod';
import { LIMITS } from '../domain.js';
import {
  AfterSeqSchema, ClientMessageIdSchema, IdSchema, MessageBodySchema, OutcomeSchema, TagSchema, VisibilitySchema,
} from './common.schemas.js';

export const DutySetSchema = z.object({ onDuty: z.boolean() });
export type DutySet = z.infer<typeof DutySetSchema>;

export const ConsultationRefSchema = z.object({ consultationId: IdSchema });
export type ConsultationRef = z.infer<typeof ConsultationRefSchema>;

export const StaffMessageSendSchema = z.object({
  consultationId: IdSchema,
  clientMessageId: ClientMessageIdSchema,
  body: MessageBodySchema,
  visibility: VisibilitySchema.optional(),
});
export type StaffMessageSend = z.infer<typeof StaffMessageSendSchema>;

export const ConsultationCloseSchema = z.object({
  consultationId: IdSchema,
  outcome: OutcomeSchema.optional(),
  tags: z.array(TagSchema).max(LIMITS.tags).optional(),
});
export type ConsultationClose = z.infer<typeof ConsultationCloseSchema>;

export const StaffMessagesSyncSchema = z.object({ consultationId: IdSchema, afterSeq: AfterSeqSchema });
export type StaffMessagesSync = z.infer<typeof StaffMessagesSyncSchema>;

export const StaffTypingSetSchema = z.object({ consultationId: IdSchema, typing: z.boolean() });
export type StaffTypingSet = z.infer<typeof StaffTypingSetSchema>;
