import { z } from 'zod';
import { LIMITS, OUTCOMES, ROLES, Visibility } from '../domain.js';

/**
 * Every string that comes in from a client starts here. NUL is refused (PostgreSQL text cannot hold it, so
 * it would fail at the database as INTERNAL); a lone surrogate becomes U+FFFD here, as UTF-8 storage would
 * make it anyway, so what the server acknowledges is exactly what it stored. (The regex is
 * `String.prototype.toWellFormed`, which the ES2023 lib the packages build against does not declare yet.)
 */
export const InputTextSchema = z
  .string()
  .refine((s) => !s.includes('\u0000'), { message: 'must not contain NUL characters', abort: true })
  .overwrite((s) => s.replace(/\p{Cs}/gu, '\uFFFD'));

/** Earliest and latest instants any date input may name: within both JavaScript's and PostgreSQL's range, and not absurd. */
const INSTANT_MIN = Date.UTC(1970, 0, 1);
const INSTANT_MAX = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * An ISO 8601 instant with an offset (`2030-01-01T10:00:00+09:00`). Zod's format already refuses dates the
 * calendar does not have (30 February) and years beyond four digits; the range refuses year 0 and the like.
 */
export const InstantSchema = z.iso
  .datetime({ offset: true })
  .refine((s) => Date.parse(s) >= INSTANT_MIN && Date.parse(s) <= INSTANT_MAX, 'must be between 1970 and 9999');

/**
 * One rule for staff login ids (the admin API, first set-up, login and ADMIN_LOGIN): an e-mail address
 * (what most centers use) or a short id; compared and stored lower-cased, so `Aoi@X.jp` and `aoi@x.jp` are one id.
 */
export const LoginIdSchema = InputTextSchema.trim()
  .toLowerCase()
  .max(254)
  .regex(
    /^(?:[a-z0-9._-]{3,40}|[a-z0-9._%+-]{1,64}@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)$/,
    'an e-mail address, or 3 to 40 letters, digits, dots, underscores or hyphens',
  );

export const IdSchema = z.uuid();
export const ClientMessageIdSchema = InputTextSchema.trim().min(1).max(LIMITS.clientMessageId);
/** Message text: 1 to 4,000 characters after trimming. */
export const MessageBodySchema = InputTextSchema.trim().min(1).max(LIMITS.messageBody);
export const AfterSeqSchema = z.number().int().min(0);
export const VisibilitySchema = z.enum([Visibility.all, Visibility.staff]);
export const RoleSchema = z.enum(ROLES);
export const OutcomeSchema = z.enum(OUTCOMES);
export const TeamSchema = InputTextSchema.trim().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lowercase letters, digits and hyphens');
export const TagSchema = InputTextSchema.trim().min(1).max(LIMITS.tag);
