/**
 * The directory of local services and the referral cards a counselor sends from it (issue 12).
 * Admin HTTP: `POST /api/services` → 201 `{service}`, `GET /api/services` → `{services}` (staff who may counsel read it too,
 * to search beside the chat), `GET|PATCH|DELETE /api/services/:id`.
 * `/staff` `referral:send {consultationId, serviceId}` → ack `{message}`: a message of `kind: 'card'`.
 */
import { z } from 'zod';
import { InputTextSchema } from './common.schemas.js';

/** ひきこもり地域支援センター, 地域若者サポートステーション, 精神保健福祉センター, 居場所, family class, medical, other. */
export const SERVICE_KINDS = ['hikikomori_center', 'youth_support_station', 'mental_health_center', 'ibasho', 'family_class', 'medical', 'other'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const DIRECTORY_LIMITS = { name: 120, area: 40, phone: 40, url: 500, hours: 200, description: 1000, query: 100 } as const;

const text = (max: number, min = 0) => InputTextSchema.trim().min(min).max(max);
/** Digits, spaces, hyphens, parentheses and a leading + (becomes a `tel:` link). */
const PhoneSchema = text(DIRECTORY_LIMITS.phone, 1).regex(/^\+?[0-9][0-9 ()-]*$/, 'digits, spaces, hyphens and parentheses');
/** http(s) only: the visitor opens it. */
const UrlSchema = text(DIRECTORY_LIMITS.url, 1).regex(/^https?:\/\/[a-z0-9.-]+(?::[0-9]{1,5})?(?:[/?#][^\s]*)?$/i, 'an http:// or https:// address');

export const ServiceAreaSchema = z.object({
  /** e.g. 東京都, 北海道. */
  prefecture: text(DIRECTORY_LIMITS.area, 1),
  municipality: text(DIRECTORY_LIMITS.area, 1).optional(),
});
export type ServiceArea = z.infer<typeof ServiceAreaSchema>;

export const ServiceInputSchema = z.object({
  kind: z.enum(SERVICE_KINDS),
  name: text(DIRECTORY_LIMITS.name, 1),
  area: ServiceAreaSchema,
  phone: PhoneSchema.optional(),
  url: UrlSchema.optional(),
  hours: text(DIRECTORY_LIMITS.hours, 1).optional(),
  description: text(DIRECTORY_LIMITS.description),
  /** The English text, for visitors reading in English (each field falls back to the Japanese one). */
  en: z
    .object({ name: text(DIRECTORY_LIMITS.name, 1), description: text(DIRECTORY_LIMITS.description), hours: text(DIRECTORY_LIMITS.hours, 1).optional() })
    .optional(),
});
export type ServiceInput = z.infer<typeof ServiceInputSchema>;
/** PATCH: any subset; `null` clears an optional field (phone, url, hours, municipality via area, en). */
export const ServicePatchSchema = z
  .object({
    kind: z.enum(SERVICE_KINDS),
    name: text(DIRECTORY_LIMITS.name, 1),
    area: ServiceAreaSchema,
    phone: PhoneSchema.nullable(),
    url: UrlSchema.nullable(),
    hours: text(DIRECTORY_LIMITS.hours, 1).nullable(),
    description: text(DIRECTORY_LIMITS.description),
    en: ServiceInputSchema.shape.en.unwrap().nullable(),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'send at least one field');
export type ServicePatch = z.infer<typeof ServicePatchSchema>;

export const ServiceSchema = ServiceInputSchema.extend({ id: z.uuid(), createdAt: z.string(), updatedAt: z.string() });
export type Service = z.infer<typeof ServiceSchema>;

export const ServiceIdParamsSchema = z.object({ id: z.uuid() });
/** `GET /api/services?q=&kind=&prefecture=`: `q` matches name, municipality and description in both languages. */
export const ServiceQuerySchema = z.object({
  q: text(DIRECTORY_LIMITS.query).optional(),
  kind: z.enum(SERVICE_KINDS).optional(),
  prefecture: text(DIRECTORY_LIMITS.area).optional(),
});
export type ServiceQuery = z.infer<typeof ServiceQuerySchema>;
export const ServiceResponseSchema = z.object({ service: ServiceSchema });
export const ServiceListResponseSchema = z.object({ services: z.array(ServiceSchema) });

/** What a card message carries: the service as it was when sent, in the visitor's language. */
export const ReferralCardSchema = z.object({
  serviceId: z.uuid(),
  kind: z.enum(SERVICE_KINDS),
  name: z.string(),
  area: ServiceAreaSchema,
  phone: z.string().optional(),
  url: z.string().optional(),
  hours: z.string().optional(),
  description: z.string(),
});
export type ReferralCard = z.infer<typeof ReferralCardSchema>;

export const ReferralSendSchema = z.object({ consultationId: z.uuid(), serviceId: z.uuid() });
export type ReferralSend = z.infer<typeof ReferralSendSchema>;
