import { AppError, canCounsel, ErrorCode, type ConsultationStatus } from '@hidamari/shared';

export interface ClaimTarget {
  status: ConsultationStatus;
  assignedStaffId: string | null;
}

export interface Claimant {
  onDuty: boolean;
  active: boolean;
  /** As read under the claimant's row lock: a role removed a moment ago already counts. */
  roles: readonly string[];
  maxConcurrent: number;
  /** Chats the claimant holds now. */
  held: number;
  /** A shift of theirs covers the claim's instant (duty.rules `onShift`): past its end they take no new chats. */
  onShift: boolean;
}

/**
 * Why a claim cannot go ahead, or null when it can. `target` is the consultation
 * as read under its row lock (null if it does not exist).
 */
export function claimRefusal(target: ClaimTarget | null, who: Claimant): AppError | null {
  if (!who.active) return new AppError(ErrorCode.FORBIDDEN, 'account is inactive');
  if (!canCounsel(who)) return new AppError(ErrorCode.FORBIDDEN, 'only counselors and supervisors take chats');
  if (!who.onDuty) return new AppError(ErrorCode.NOT_ON_DUTY, 'go on duty to take chats');
  if (!who.onShift) return new AppError(ErrorCode.SHIFT_ENDED, 'your shift has ended: hand over your open chats instead of taking new ones');
  if (!target) return new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
  if (target.status === 'closed') return new AppError(ErrorCode.CONSULTATION_CLOSED, 'consultation is closed');
  if (target.status !== 'queued') return new AppError(ErrorCode.ALREADY_CLAIMED, 'someone else has taken this chat');
  if (who.held >= who.maxConcurrent) return new AppError(ErrorCode.AT_CAPACITY, `already holding ${who.held} chats`);
  return null;
}

/**
 * Staff may read and write a consultation only while it is assigned to them, and only while they may counsel:
 * a transcript is clinical content, which the admin role alone does not read (a former counselor included).
 * A supervisor may also read any transcript (the caller audits each such read: `readsOthers`) and, with `whisper`,
 * write staff-only messages into an active chat they monitor. `roles` are the reader's current roles; writes without
 * them are the assignee's alone, as the append itself requires the assignee.
 */
export function staffAccessRefusal(
  c: { status: ConsultationStatus; assignedStaffId: string | null } | null,
  staffId: string,
  { write, roles, whisper }: { write: boolean; roles?: readonly string[]; whisper?: boolean },
): AppError | null {
  if (roles && !canCounsel({ roles })) return new AppError(ErrorCode.FORBIDDEN, 'only counselors and supervisors read transcripts');
  if (!c) return new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
  if (c.assignedStaffId !== staffId) {
    const supervises = roles?.includes('supervisor') ?? false;
    if (!supervises || (write && !whisper)) return new AppError(ErrorCode.FORBIDDEN, 'this consultation is not assigned to you');
    if (write && c.status === 'queued') return new AppError(ErrorCode.FORBIDDEN, 'a whisper goes to a chat that has a counselor');
  }
  if (write && c.status === 'closed') return new AppError(ErrorCode.CONSULTATION_CLOSED, 'consultation is closed');
  return null;
}

/** A read by someone the chat is not assigned to (a supervisor's): it goes into the audit log. */
export const readsOthers = (c: { assignedStaffId: string | null }, staffId: string): boolean => c.assignedStaffId !== staffId;

/**
 * A chat sent to a team (a cold hand-off) is for that team's members while any of them is on duty (active, in a
 * counselling role, on shift); once none is, anyone may take it, so it never waits for a team that is not there.
 */
export function teamClaimRefusal(requestedTeam: string | null, claimantTeams: readonly string[], membersOnDuty: number): AppError | null {
  if (!requestedTeam || claimantTeams.includes(requestedTeam) || membersOnDuty === 0) return null;
  return new AppError(ErrorCode.TEAM_RESERVED, `this chat is for the ${requestedTeam} team while one of them is on duty`);
}

/**
 * What `consultation:close` does: close an open chat (its assignee), or, once the chat ended without the counselor
 * (the visitor left, it went quiet), let its last assignee record the outcome and tags once. Otherwise an error.
 */
export function closeDecision(
  c: { status: ConsultationStatus; assignedStaffId: string | null; closeReason: string | null; outcomeRecordedAt: Date | null } | null,
  staffId: string,
): 'close' | 'record' | AppError {
  if (c?.status === 'closed' && c.assignedStaffId === staffId && c.closeReason !== 'counselor_closed') {
    return c.outcomeRecordedAt ? new AppError(ErrorCode.CONSULTATION_CLOSED, 'the outcome of this consultation is already recorded') : 'record';
  }
  return staffAccessRefusal(c, staffId, { write: true }) ?? 'close';
}

/** Why a visitor cannot write, or null. */
export function visitorWriteRefusal(c: { status: ConsultationStatus } | null): AppError | null {
  if (!c) return new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
  if (c.status === 'closed') return new AppError(ErrorCode.CONSULTATION_CLOSED, 'consultation is closed');
  return null;
}

/** The first 140 characters of a first message, for the queue. */
export function previewOf(body: string | undefined): string | null {
  if (!body) return null;
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat || null;
}

/** Why a chat went back to the queue, as the staff-only note the next counselor reads in its transcript. */
export const REQUEUE_NOTES = {
  counselor_disconnected: '担当者の接続が切れたため、この相談は待ち行列に戻りました。',
  counselor_cannot_counsel: '担当者の役割またはアカウントが変わり相談を担当できなくなったため、この相談は待ち行列に戻りました。',
  shift_handover: '担当者のシフトが終わったため、この相談は引き継ぎとして待ち行列の先頭に戻りました。',
  team_transfer: '担当者がチームへ引き継いだため、この相談は待ち行列の先頭に戻りました。',
} as const;
export type RequeueReason = keyof typeof REQUEUE_NOTES;

/** Queue priority of a handed-over chat: ahead of ordinary arrivals (priority 0), still behind any higher risk. */
export const HANDOVER_PRIORITY = 10;

/** What the visitor reads when their counselor hands the chat over, in their language. */
export const HANDOVER_VISITOR_NOTICE = {
  ja: '担当の相談員が交代します。次の相談員がこれまでのお話を読んでから続きをお聞きしますので、このままお待ちください。',
  en: 'Your counselor is handing over to a colleague. The next counselor will read what you have shared so far and continue with you; please stay with us.',
} as const;

/** The staff-only note a hand-over leaves: the counselor's own words, or the default saying why. */
export function handoverNote(note: string | undefined): string {
  return note?.trim() || REQUEUE_NOTES.shift_handover;
}
