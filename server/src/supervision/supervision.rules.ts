import {
  AppError, canCounsel, ErrorCode, type ConsultationStatus, type Locale, type OverviewConsultation, type OverviewEscalation,
  type TeamMemberLive,
} from '@hidamari/shared';

interface Target {
  status: ConsultationStatus;
  assignedStaffId: string | null;
}

interface Supervisor {
  id: string;
  active: boolean;
  roles: readonly string[];
}

const supervises = (who: Supervisor): boolean => who.active && who.roles.includes('supervisor');

/** Why `who` may not monitor the chat, or null. Only an active chat with a counselor other than the supervisor is monitored. */
export function monitorRefusal(c: Target | null, who: Supervisor): AppError | null {
  if (!supervises(who)) return new AppError(ErrorCode.FORBIDDEN, 'only supervisors monitor chats');
  if (!c) return new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
  if (c.status === 'closed') return new AppError(ErrorCode.CONSULTATION_CLOSED, 'consultation is closed');
  if (c.status === 'queued') return new AppError(ErrorCode.CONFLICT, 'this chat waits in the queue: nobody counsels it yet');
  if (c.assignedStaffId === who.id) return new AppError(ErrorCode.CONFLICT, 'this chat is yours');
  return null;
}

/** As a claim (duty, shift, capacity), for a chat that is active with someone else, by a supervisor. */
export function takeoverRefusal(
  c: Target | null,
  who: Supervisor & { onDuty: boolean; onShift: boolean; held: number; maxConcurrent: number },
): AppError | null {
  if (!supervises(who)) return new AppError(ErrorCode.FORBIDDEN, 'only supervisors take chats over');
  if (!who.onDuty) return new AppError(ErrorCode.NOT_ON_DUTY, 'go on duty to take chats');
  if (!who.onShift) return new AppError(ErrorCode.SHIFT_ENDED, 'your shift has ended');
  const refusal = monitorRefusal(c, who);
  if (refusal) return refusal;
  if (who.held >= who.maxConcurrent) return new AppError(ErrorCode.AT_CAPACITY, `already holding ${who.held} chats`);
  return null;
}

/** What the visitor reads when a supervisor takes over, in their language. */
export function takeoverNotice(locale: Locale, counselorName: string): string {
  return locale === 'en'
    ? `Another counselor, ${counselorName}, is continuing this conversation with you. They have read what you shared so far.`
    : `ここからは相談員の${counselorName}がお話をうかがいます。これまでのお話は読んでいますので、このまま続けてください。`;
}

/**
 * What the overview shows a reader. The visitor's nickname and the escalation notes are conversation content, which the
 * admin role alone does not read; only those who may counsel and supervise see them. Counselors: people who may counsel.
 */
export function overviewFor(
  reader: { roles: readonly string[] },
  data: { consultations: OverviewConsultation[]; escalations: OverviewEscalation[]; members: TeamMemberLive[] },
): { consultations: OverviewConsultation[]; escalations: OverviewEscalation[]; counselors: TeamMemberLive[] } {
  const clinical = reader.roles.includes('supervisor');
  return {
    consultations: clinical ? data.consultations : data.consultations.map(({ nickname: _n, ...c }) => c),
    escalations: clinical ? data.escalations : data.escalations.map(({ note: _n, ...e }) => e),
    counselors: data.members.filter(canCounsel),
  };
}
