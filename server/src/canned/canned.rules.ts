import { AppError, ErrorCode, type CannedScope } from '@hidamari/shared';

export interface CannedOwner {
  scope: CannedScope;
  ownerStaffId: string | null;
}

/** Center replies are the admins' to change; a personal reply is its owner's alone (an admin does not edit colleagues'). */
export function cannedEditRefusal(reply: CannedOwner | null, who: { id: string; roles: readonly string[] }): AppError | null {
  if (!reply) return new AppError(ErrorCode.NOT_FOUND, 'no such canned reply');
  if (reply.scope === 'center') return who.roles.includes('admin') ? null : new AppError(ErrorCode.FORBIDDEN, 'only admins change the center\'s replies');
  // Someone else's personal reply is answered as missing: its existence is nobody else's business.
  return reply.ownerStaffId === who.id ? null : new AppError(ErrorCode.NOT_FOUND, 'no such canned reply');
}

export const canEditCanned = (reply: CannedOwner, who: { id: string; roles: readonly string[] }): boolean => cannedEditRefusal(reply, who) === null;

/** The merged list: the center's first (shared wording), then one's own; each by shortcut, then title. */
export function sortCanned<T extends CannedOwner & { shortcut: string; title: string }>(replies: readonly T[]): T[] {
  const key = (r: T) => (r.shortcut || '\uffff') + '\u0000' + r.title;
  return [...replies].sort((a, b) => (a.scope === b.scope ? key(a).localeCompare(key(b), 'ja') : a.scope === 'center' ? -1 : 1));
}
