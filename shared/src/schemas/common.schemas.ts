import { z } from 'zod';
import { LIMITS, OUTCOMES, ROLES, Visibility } from '../domain.js';

export const IdSchema = z.uuid();
export const ClientMessageIdSchema = z.string().trim().min(1).max(LIMITS.clientMessageId);
/** Message text: 1 to 4,000 characters after trimming. */
export const MessageBodySchema = z.string().trim().min(1).max(LIMITS.messageBody);
export const AfterSeqSchema = z.number().int().min(0);
export const VisibilitySchema = z.enum([Visibility.all, Visibility.staff]);
export const RoleSchema = z.enum(ROLES);
export const OutcomeSchema = z.enum(OUTCOMES);
export const TeamSchema = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lowercase letters, digits and hyphens');
export const TagSchema = z.string().trim().min(1).max(LIMITS.tag);
