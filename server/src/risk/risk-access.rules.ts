import { AppError, canCounsel, ErrorCode, type ConsultationStatus } from '@hidamari/shared';

type Target = { status: ConsultationStatus; assignedStaffId: string | null } | null;

/**
 * Who may set a consultation's risk level: its counselor while they hold it, or any supervisor (a supervisor may also
 * correct the level of a chat still waiting). A closed consultation keeps the level it closed with.
 */
export function riskSetRefusal(c: Target, staffId: string, roles: readonly string[]): AppError | null {
  if (!c) return new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
  if (c.status === 'closed') return new AppError(ErrorCode.CONSULTATION_CLOSED, 'consultation is closed');
  if (roles.includes('supervisor')) return null;
  if (canCounsel({ roles }) && c.status === 'active' && c.assignedStaffId === staffId) return null;
  return new AppError(ErrorCode.FORBIDDEN, 'only the chat\'s counselor or a supervisor may change its risk level');
}

/**
 * Who may read the matched phrases: whoever may read the chat (its counselor, a supervisor) and, while it waits, anyone
 * who may counsel, as they already read its preview in the queue. The admin role alone reads no conversation content.
 */
export function riskReadRefusal(c: Target, staffId: string, roles: readonly string[]): AppError | null {
  if (!canCounsel({ roles })) return new AppError(ErrorCode.FORBIDDEN, 'only counselors and supervisors read risk details');
  if (!c) return new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
  if (roles.includes('supervisor') || c.status === 'queued' || c.assignedStaffId === staffId) return null;
  return new AppError(ErrorCode.FORBIDDEN, 'this consultation is not assigned to you');
}

/** The phrases of every 'risk_flagged' event, deduplicated, first raised first (stored rows that do not fit are skipped). */
export function matchedFrom(flagged: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const d of flagged) {
    const matched = (d as { matched?: unknown } | null)?.matched;
    if (Array.isArray(matched)) for (const m of matched) if (typeof m === 'string') out.add(m);
  }
  return [...out];
}
