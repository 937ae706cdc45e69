import { AppError, ErrorCode, Role, type ConsultationStatus } from '@hidamari/shared';
import { staffAccessRefusal } from '../consultation/consultation.rules.js';

/**
 * Who may read a consultation's timeline: its counselor (as for the transcript), or anyone holding the supervisor
 * role, who oversees every chat. `roles` are the reader's current roles, read now: a role removed a moment ago counts.
 */
export function timelineAccessRefusal(
  c: { status: ConsultationStatus; assignedStaffId: string | null } | null,
  reader: { id: string; roles: readonly string[]; active: boolean } | null,
): AppError | null {
  if (!reader?.active) return new AppError(ErrorCode.FORBIDDEN, 'account is inactive');
  if (reader.roles.includes(Role.supervisor)) return c ? null : new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
  return staffAccessRefusal(c, reader.id, { write: false, roles: reader.roles });
}

/** An id, enum value or code: short ASCII, no spaces. Anything else in an event's data may be someone's words. */
const TOKEN = /^[A-Za-z0-9_:.@-]{1,64}$/;
/** Keys whose values are words (a note, a reason, a visitor's matched phrases) even when they look like a token. */
const WORDS_KEY = /note|body|text|message|matched|phrase|comment/i;
const isToken = (v: unknown): boolean => typeof v === 'string' && TOKEN.test(v);
const isPlain = (v: unknown): boolean => v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || isToken(v);

/**
 * What of an event's data goes on the wire: flags, numbers, and token-like strings (ids, enum values), alone or in
 * lists. Free text (a hand-off note, a reason typed by staff, matched words from a visitor's message) never does:
 * the timeline tells what happened, not what was said, and other modules may put either kind into their rows.
 */
export function publicData(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (WORDS_KEY.test(key)) continue;
    if (isPlain(value)) out[key] = value;
    else if (Array.isArray(value) && value.length <= 20 && value.every(isPlain)) out[key] = value;
  }
  return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
/** `toStaffId` → `toStaffName`, `from` → `fromStaffName`. */
const nameKey = (key: string) => `${key.replace(/StaffId$/, '')}StaffName`;

/** Every id in the data: those that are staff ids get that person's name beside them (the others find none). */
export function staffIdsIn(data: Record<string, unknown>): string[] {
  return Object.values(data).filter(isUuid);
}

/** The data with `toStaffName` beside `toStaffId` (and `fromStaffName` beside `from`) for each staff id whose name is known. */
export function withStaffNames(data: Record<string, unknown>, names: ReadonlyMap<string, string>): Record<string, unknown> {
  const out = { ...data };
  for (const [k, v] of Object.entries(data)) {
    const name = isUuid(v) ? names.get(v) : undefined;
    if (name !== undefined && !(nameKey(k) in data)) out[nameKey(k)] = name;
  }
  return out;
}
