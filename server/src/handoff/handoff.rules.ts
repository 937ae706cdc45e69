/**
 * Hand-off decisions as plain functions: who may be offered a chat, whether an answer can still take effect, when an
 * offer lapses, and the words the next counselor and the visitor read. The service runs them on rows it has locked.
 */
import { AppError, canCounsel, ErrorCode, type HandoffCandidate, type Locale } from '@hidamari/shared';

export type HandoffStatus = 'offered' | 'accepted' | 'declined' | 'expired' | 'cancelled' | 'completed';

/** A colleague as read for an offer or an answer: may they take a chat now? */
export interface Colleague {
  active: boolean;
  roles: readonly string[];
  onDuty: boolean;
  /** A shift of theirs covers now (duty.rules `onShift`). */
  onShift: boolean;
}

/** Why `target` cannot be offered a chat by `senderId`, or null. `target` is null when no such staff member exists. */
export function offerRefusal(target: (Colleague & { id: string }) | null, senderId: string): AppError | null {
  if (!target) return new AppError(ErrorCode.NOT_FOUND, 'no such colleague', 'to.staffId');
  if (target.id === senderId) return new AppError(ErrorCode.INVALID_PAYLOAD, 'hand the chat to someone else', 'to.staffId');
  if (!target.active || !canCounsel(target)) return new AppError(ErrorCode.FORBIDDEN, 'this colleague does not take chats', 'to.staffId');
  if (!target.onDuty || !target.onShift) return new AppError(ErrorCode.NOT_ON_DUTY, 'this colleague is not on duty now', 'to.staffId');
  return null;
}

export interface OfferRow {
  status: string;
  toStaffId: string | null;
  fromStaffId: string | null;
  expiresAt: Date | null;
}

/** An offer still waiting for its answer at `now`. */
export const offerOpen = (h: Pick<OfferRow, 'status' | 'expiresAt'>, now: Date): boolean =>
  h.status === 'offered' && h.expiresAt !== null && h.expiresAt.getTime() > now.getTime();

/** An offer the sweeper expires: still unanswered, its time up. */
export const offerLapsed = (h: Pick<OfferRow, 'status' | 'expiresAt'>, now: Date): boolean =>
  h.status === 'offered' && h.expiresAt !== null && h.expiresAt.getTime() <= now.getTime();

export const offerExpiry = (now: Date, seconds: number): Date => new Date(now.getTime() + seconds * 1000);

/** Why `staffId` cannot answer this offer (at all), or null. */
export function answerRefusal(h: OfferRow | null, staffId: string, now: Date): AppError | null {
  if (!h || h.toStaffId !== staffId) return new AppError(ErrorCode.NOT_FOUND, 'no such hand-off offer for you');
  if (!offerOpen(h, now)) return new AppError(ErrorCode.CONFLICT, `this offer is no longer open (${h.status === 'offered' ? 'expired' : h.status})`);
  return null;
}

export type AcceptDecision = { ok: true } | { ok: false; error: AppError; cancel: boolean };

/**
 * Whether an accept takes effect, on the rows as locked: the chat must still be active and held by the sender (else
 * the offer is void: cancelled), and the colleague must still be able to take it (else it stays open for them).
 */
export function acceptDecision(
  h: OfferRow | null,
  c: { status: string; assignedStaffId: string | null } | null,
  me: Colleague & { id: string; held: number; maxConcurrent: number },
  now: Date,
): AcceptDecision {
  const refused = answerRefusal(h, me.id, now);
  if (refused) return { ok: false, error: refused, cancel: false };
  if (!c || c.status === 'closed') return { ok: false, error: new AppError(ErrorCode.CONSULTATION_CLOSED, 'the chat has ended'), cancel: true };
  if (c.status !== 'active' || c.assignedStaffId !== h!.fromStaffId) {
    return { ok: false, error: new AppError(ErrorCode.CONFLICT, 'the chat is no longer with the colleague who offered it'), cancel: true };
  }
  if (!me.active || !canCounsel(me)) return { ok: false, error: new AppError(ErrorCode.FORBIDDEN, 'you cannot take chats'), cancel: false };
  if (!me.onDuty) return { ok: false, error: new AppError(ErrorCode.NOT_ON_DUTY, 'go on duty to take the chat'), cancel: false };
  if (!me.onShift) return { ok: false, error: new AppError(ErrorCode.SHIFT_ENDED, 'your shift has ended'), cancel: false };
  if (me.held >= me.maxConcurrent) return { ok: false, error: new AppError(ErrorCode.AT_CAPACITY, `already holding ${me.held} chats`), cancel: false };
  return { ok: true };
}

/** The staff-only line the next counselor reads first: the sender's note, or a default that says who handed it on. */
export function transferNote(note: string | null | undefined, fromName: string, team?: string): string {
  const words = note?.trim();
  if (words) return words;
  return team ? `${fromName}さんから「${team}」チームへの引き継ぎです（メモなし）。` : `${fromName}さんからの引き継ぎです（メモなし）。`;
}

/** What the visitor reads when a named colleague takes over, in their language. */
export function newCounselorNotice(locale: Locale, name: string): string {
  return locale === 'en'
    ? `${name} will continue with you from here. They have read what you shared so far, so there is no need to repeat it.`
    : `ここからは${name}がお話を伺います。これまでのお話は引き継いでいますので、同じことをもう一度書かなくても大丈夫です。`;
}

/** Colleagues to offer first: most free chat slots, then by name; full ones stay listed (they may free a slot). */
export function rankCandidates(people: readonly HandoffCandidate[]): HandoffCandidate[] {
  const free = (p: HandoffCandidate) => p.maxConcurrent - p.load;
  return [...people].sort((a, b) => free(b) - free(a) || a.displayName.localeCompare(b.displayName, 'ja'));
}
