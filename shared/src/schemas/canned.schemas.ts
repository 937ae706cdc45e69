/**
 * Canned replies (issue 10): a per-center list that admins edit and each staff member's personal list.
 * `GET /api/canned-replies` is the caller's merged list; `POST`, `PATCH /:id`, `DELETE /:id` change one.
 */
import { z } from 'zod';
import { InputTextSchema } from './common.schemas.js';

export const CANNED_LIMITS = { title: 60, shortcut: 20, body: 2000, perScope: 200 } as const;

export const CannedScope = { center: 'center', personal: 'personal' } as const;
export type CannedScope = (typeof CannedScope)[keyof typeof CannedScope];
export const CannedScopeSchema = z.enum([CannedScope.center, CannedScope.personal]);

const text = (max: number, min = 0) => InputTextSchema.trim().min(min).max(max);
/** Typed after `/` in the composer: letters, digits and hyphens, no spaces (empty: none). */
const ShortcutSchema = text(CANNED_LIMITS.shortcut).regex(/^[\p{L}\p{N}_-]*$/u, 'letters, digits, _ and - only');
/** The text in both languages; a personal reply may leave one empty (it is then offered in the other). */
const BodiesSchema = z
  .object({ ja: text(CANNED_LIMITS.body), en: text(CANNED_LIMITS.body) })
  .refine((b) => b.ja.length > 0 || b.en.length > 0, { message: 'write the text in at least one language', path: ['ja'] });

export const CannedReplyCreateSchema = z.object({
  scope: CannedScopeSchema,
  title: text(CANNED_LIMITS.title, 1),
  shortcut: ShortcutSchema.default(''),
  body: BodiesSchema,
});
export type CannedReplyCreate = z.infer<typeof CannedReplyCreateSchema>;

export const CannedReplyUpdateSchema = z
  .object({ title: text(CANNED_LIMITS.title, 1), shortcut: ShortcutSchema, body: BodiesSchema })
  .partial()
  .refine((u) => Object.keys(u).length > 0, 'send at least one of title, shortcut, body');
export type CannedReplyUpdate = z.infer<typeof CannedReplyUpdateSchema>;

export const CannedReplyIdParamsSchema = z.object({ id: z.uuid() });

export const CannedReplySchema = z.object({
  id: z.uuid(),
  scope: CannedScopeSchema,
  title: z.string(),
  shortcut: z.string(),
  body: z.object({ ja: z.string(), en: z.string() }),
  /** May the caller change it (center: admins; personal: its owner). */
  editable: z.boolean(),
  updatedAt: z.string(),
});
export type CannedReply = z.infer<typeof CannedReplySchema>;

export const CannedReplyResponseSchema = z.object({ reply: CannedReplySchema });
export const CannedReplyListResponseSchema = z.object({ replies: z.array(CannedReplySchema) });
export type CannedReplyList = z.infer<typeof CannedReplyListResponseSchema>;
