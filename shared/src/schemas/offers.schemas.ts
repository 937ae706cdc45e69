/**
 * The center's own offers (issue 12): seminars, family classes, 居場所 days, workshops.
 * Admin HTTP: `POST /api/offers` → 201 `{offer}`, `GET /api/offers` → `{offers}` (all, newest start first),
 * `GET|PATCH|DELETE /api/offers/:id`. Public: `GET /api/offers/upcoming?locale=ja|en` → `{offers}`: those not yet
 * ended (`endsAt`, or `startsAt` when it has no end, is still ahead), soonest first, in the language asked.
 */
import { z } from 'zod';
import { InputTextSchema, InstantSchema } from './common.schemas.js';
import { LOCALES } from '../domain.js';

export const OFFER_AUDIENCES = ['self', 'family', 'all'] as const;
export type OfferAudience = (typeof OFFER_AUDIENCES)[number];
export const OFFER_LIMITS = { title: 120, place: 200, description: 2000 } as const;

const text = (max: number, min = 0) => InputTextSchema.trim().min(min).max(max);

const OfferFields = {
  title: text(OFFER_LIMITS.title, 1),
  startsAt: InstantSchema,
  endsAt: InstantSchema.optional(),
  /** A place, or e.g. 「オンライン（Zoom）」. */
  place: text(OFFER_LIMITS.place, 1),
  audience: z.enum(OFFER_AUDIENCES),
  description: text(OFFER_LIMITS.description),
  en: z.object({ title: text(OFFER_LIMITS.title, 1), description: text(OFFER_LIMITS.description) }).optional(),
};
const endsAfterStart = (o: { startsAt?: string | undefined; endsAt?: string | null | undefined }) =>
  !o.startsAt || !o.endsAt || Date.parse(o.endsAt) > Date.parse(o.startsAt);

export const OfferInputSchema = z.object(OfferFields).refine(endsAfterStart, { message: 'must be after startsAt', path: ['endsAt'] });
export type OfferInput = z.infer<typeof OfferInputSchema>;
/** PATCH: any subset; `null` clears endsAt or en. */
export const OfferPatchSchema = z
  .object({ ...OfferFields, endsAt: InstantSchema.nullable(), en: OfferFields.en.unwrap().nullable() })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'send at least one field')
  .refine(endsAfterStart, { message: 'must be after startsAt', path: ['endsAt'] });
export type OfferPatch = z.infer<typeof OfferPatchSchema>;

export const OfferSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string().optional(),
  place: z.string(),
  audience: z.enum(OFFER_AUDIENCES),
  description: z.string(),
  en: z.object({ title: z.string(), description: z.string() }).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Offer = z.infer<typeof OfferSchema>;
/** What the public page gets: one language, no bookkeeping. */
export const PublicOfferSchema = OfferSchema.omit({ en: true, createdAt: true, updatedAt: true });
export type PublicOffer = z.infer<typeof PublicOfferSchema>;

export const OfferIdParamsSchema = z.object({ id: z.uuid() });
export const OfferResponseSchema = z.object({ offer: OfferSchema });
export const OfferListResponseSchema = z.object({ offers: z.array(OfferSchema) });
export const UpcomingOffersQuerySchema = z.object({ locale: z.enum(LOCALES).optional() });
export const UpcomingOffersResponseSchema = z.object({ offers: z.array(PublicOfferSchema), timezone: z.string() });
