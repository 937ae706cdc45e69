/**
 * Service settings (issue 7, "Settings (admin)"): `GET /api/settings` and `PUT /api/settings` (a partial update:
 * only the keys sent change). Each key is stored, validated and audited on its own.
 */
import { z } from 'zod';
import { LOCALES } from '../domain.js';
import { InputTextSchema, TeamSchema } from './common.schemas.js';
import { RiskPhrasesSchema, RiskPhrasesViewSchema } from './risk.schemas.js';

export const SETTINGS_LIMITS = {
  serviceName: 60,
  /** welcome and off-hours texts */
  text: 1000,
  emergencyProcedure: 4000,
  hotlines: 20,
  hotlineName: 80,
  hotlinePhone: 30,
  hotlineHours: 60,
  hotlineUrl: 500,
} as const;

const text = (max: number, min = 0) => InputTextSchema.trim().min(min).max(max);

/** A text in both languages the service speaks; both are required so neither audience is left with nothing. */
const localized = (max: number, min = 0) => z.object({ ja: text(max, min), en: text(max, min) });

/** Digits with the usual separators, `+` for international and `#` for short dials such as #7119; at least one digit. */
const PhoneSchema = text(SETTINGS_LIMITS.hotlinePhone, 1)
  .regex(/^[0-9+\-() #*]+$/, 'digits, spaces and + - ( ) # * only')
  .regex(/\d/, 'must contain a digit');

export const HotlineInputSchema = z.object({
  name: text(SETTINGS_LIMITS.hotlineName, 1),
  phone: PhoneSchema,
  hours: text(SETTINGS_LIMITS.hotlineHours).optional(),
  // Only web addresses: a `javascript:` link in a list shown to people in crisis must never be possible.
  url: InputTextSchema.trim().max(SETTINGS_LIMITS.hotlineUrl).pipe(z.url({ protocol: /^https?$/ })).optional(),
  /** Shown only to visitors reading in this language (a line's name and hours in their words); unset: in both. */
  locale: z.enum(LOCALES).optional(),
});

export const SettingsSchema = z.object({
  serviceName: localized(SETTINGS_LIMITS.serviceName, 1),
  /** Shown to visitors while the service is open (empty: the visitor page's own words). */
  welcomeText: localized(SETTINGS_LIMITS.text),
  /** Shown to visitors while nobody is on shift (empty: the visitor page's own words). */
  offHoursText: localized(SETTINGS_LIMITS.text),
  /** For staff: what to do when someone is in danger. */
  emergencyProcedure: localized(SETTINGS_LIMITS.emergencyProcedure),
  /** Shown to visitors when closed or in a crisis, in this order. */
  hotlines: z.array(HotlineInputSchema).max(SETTINGS_LIMITS.hotlines),
  /** Given to new staff accounts that do not set their own. */
  defaultMaxConcurrent: z.number().int().min(1).max(10),
  /** Phrases that raise a consultation's risk level when a visitor writes them (server/src/risk). */
  riskPhrases: RiskPhrasesSchema,
  /** Reports' demand heatmap: an hour whose average arrivals per counselor on shift exceed this is marked. */
  heatmapThreshold: z.number().min(0.1).max(100),
  /** Issue 12: how long a returning visitor's chat is offered only to the counselor they asked for (on duty) before everyone. */
  preferredCounselorOfferSeconds: z.number().int().min(30).max(3600),
  /** Issue 12: family consultations go to this team while one of its members is on duty ('' = no family team). */
  familyTeam: z.union([z.literal(''), TeamSchema]),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsKey = keyof Settings;
export const SETTINGS_KEYS = Object.keys(SettingsSchema.shape) as SettingsKey[];

/** `PUT /api/settings`: any non-empty subset of the keys. */
export const SettingsUpdateSchema = SettingsSchema.partial().refine((v) => Object.keys(v).length > 0, 'nothing to update');
export type SettingsUpdate = z.infer<typeof SettingsUpdateSchema>;

/** Answers are serialized through plain shapes (no trimming or checks on the way out). */
const LocalizedView = z.object({ ja: z.string(), en: z.string() });
export const SettingsViewSchema = z.object({
  serviceName: LocalizedView,
  welcomeText: LocalizedView,
  offHoursText: LocalizedView,
  emergencyProcedure: LocalizedView,
  hotlines: z.array(z.object({
    name: z.string(), phone: z.string(), hours: z.string().optional(), url: z.string().optional(), locale: z.enum(LOCALES).optional(),
  })),
  defaultMaxConcurrent: z.number().int(),
  riskPhrases: RiskPhrasesViewSchema,
  heatmapThreshold: z.number(),
  preferredCounselorOfferSeconds: z.number().int(),
  familyTeam: z.string(),
});
export const SettingsResponseSchema = z.object({ settings: SettingsViewSchema });

/** `GET /api/status?locale=ja|en`: the language of `message` (default ja). */
export const StatusQuerySchema = z.object({ locale: z.enum(['ja', 'en']).optional() });
