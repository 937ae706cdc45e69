/** Escalation decisions as plain functions: who is alerted, who may act, when an emergency is raised again. */
import { AppError, ErrorCode, ESCALATION_LEVELS, type EscalationLevel, type EscalationNotified, type EscalationStatus } from '@hidamari/shared';

export const levelRank = (level: EscalationLevel): number => ESCALATION_LEVELS.indexOf(level);

/**
 * One unresolved escalation per level and chat is enough: a second press (a double click, a colleague's retry) at the
 * same or a lower level while one is still open would only ring the supervisors twice. A higher level goes through,
 * because "this is now an emergency" is news.
 */
export function escalateRefusal(unresolved: readonly EscalationLevel[], level: EscalationLevel): AppError | null {
  const higher = unresolved.find((l) => levelRank(l) >= levelRank(level));
  return higher ? new AppError(ErrorCode.CONFLICT, `an escalation at level ${higher} is already open for this chat`) : null;
}

/**
 * On-duty supervisors, else every active admin, so an escalation always reaches someone who can act. The raiser is
 * left out of both (a supervisor holding a chat asks a colleague, not themself); `notified` still says admins when
 * that leaves only admins.
 */
export function alertTargets(
  raiserId: string,
  onDutySupervisorIds: readonly string[],
  activeAdminIds: readonly string[],
): { notified: EscalationNotified; recipientIds: string[] } {
  const supervisors = onDutySupervisorIds.filter((id) => id !== raiserId);
  if (supervisors.length > 0) return { notified: 'supervisors', recipientIds: supervisors };
  return { notified: 'admins', recipientIds: activeAdminIds.filter((id) => id !== raiserId) };
}

/** A re-alert reaches the supervisors on duty now and every active admin (the raiser aside). */
export function realertTargets(raiserId: string | null, onDutySupervisorIds: readonly string[], activeAdminIds: readonly string[]): string[] {
  return [...new Set([...onDutySupervisorIds, ...activeAdminIds])].filter((id) => id !== raiserId);
}

export type EscalationAction = 'ack' | 'resolve';

/**
 * Supervisors may act on any escalation; admins only on those that reached them (none was on duty, or the re-alert).
 * An acknowledged one cannot be acknowledged again (the second of two supervisors learns someone has it); a resolved
 * one is final. Resolving an open one acknowledges it at the same time.
 */
export function actRefusal(
  e: { status: EscalationStatus; adminsAlerted: boolean } | null,
  actor: { roles: readonly string[]; active: boolean } | null,
  action: EscalationAction,
): AppError | null {
  if (!actor?.active) return new AppError(ErrorCode.FORBIDDEN, 'account is inactive');
  const supervisor = actor.roles.includes('supervisor');
  const alertedAdmin = actor.roles.includes('admin') && (e?.adminsAlerted ?? false);
  if (!supervisor && !alertedAdmin) return new AppError(ErrorCode.FORBIDDEN, 'only supervisors (and admins who were alerted) act on escalations');
  if (!e) return new AppError(ErrorCode.NOT_FOUND, 'no such escalation');
  if (e.status === 'resolved') return new AppError(ErrorCode.CONFLICT, 'this escalation is already resolved');
  if (action === 'ack' && e.status === 'acknowledged') return new AppError(ErrorCode.CONFLICT, 'someone has already acknowledged this escalation');
  return null;
}

/** Whether an escalation is due to be raised again at `now`: an emergency, still open, never re-alerted, old enough. */
export function realertDue(
  e: { level: EscalationLevel; status: EscalationStatus; realertedAt: Date | null; createdAt: Date },
  now: Date,
  afterSeconds: number,
): boolean {
  return e.level === 'emergency' && e.status === 'open' && e.realertedAt === null && now.getTime() - e.createdAt.getTime() >= afterSeconds * 1000;
}

/** The oldest creation time an escalation may have to be due at `now` (the sweep's candidate bound). */
export const realertCutoff = (now: Date, afterSeconds: number): Date => new Date(now.getTime() - afterSeconds * 1000);

/** Everyone an update goes to: the raiser, whoever was alerted (first and again), whoever acted. */
export function involved(...groups: readonly (readonly (string | null | undefined)[])[]): string[] {
  return [...new Set(groups.flat().filter((id): id is string => typeof id === 'string'))];
}

/** Who may list which unresolved escalations. */
export type ListScope = 'all' | 'admins-alerted' | 'own';
export function listScope(roles: readonly string[]): ListScope {
  if (roles.includes('supervisor')) return 'all';
  if (roles.includes('admin')) return 'admins-alerted';
  return 'own';
}
