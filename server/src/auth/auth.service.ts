import { AppError, AuditAction, ErrorCode, type Login, type PasswordChange, type StaffView } from '@hidamari/shared';
import { auditRepository } from '../audit/audit.repository.js';
import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import { toStaffView } from '../staff/staff.mapper.js';
import { staffRepository, type StaffRow } from '../staff/staff.repository.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from './password.js';
import { sessionRepository } from './session.repository.js';
import { extendedExpiry, SESSION_MAX_MS, SLIDE_STEP_MS, slidingExpiry } from './session.rules.js';
import { hashToken, newToken } from './tokens.js';

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: { db: Db; events: Pick<DomainEvents, 'publish'>; sessionIdleMinutes: number; sessionMaxHours?: number }) {
  const { db, events } = deps;
  const idleMs = deps.sessionIdleMinutes * 60_000;
  const maxMs = deps.sessionMaxHours ? deps.sessionMaxHours * 3600_000 : SESSION_MAX_MS;

  /** `expiresAt` is the cookie's life (the cap); the session itself also ends after `idleMs` without use. */
  async function openSession(staffId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const now = new Date();
    await sessionRepository.insert(db, hashToken(token), staffId, slidingExpiry(now, now, idleMs, maxMs));
    return { token, expiresAt: new Date(now.getTime() + maxMs) };
  }

  /** Ends the session; the realtime layer drops its sockets in every process. */
  async function endSession(token: string | undefined): Promise<void> {
    if (!token) return;
    const sessionHash = hashToken(token);
    await sessionRepository.delete(db, sessionHash);
    events.publish('staff.sessionEnded', { sessionHash });
  }

  return {
    openSession,

    /**
     * A new session id at every login; a session cookie the request came with (someone else's planted one, or the
     * person's own earlier one) is ended, so no id known before the login is valid after it (session fixation).
     */
    async login(input: Login, previousToken?: string): Promise<{ staff: StaffView; token: string; expiresAt: Date }> {
      const row = await staffRepository.byLoginId(db, input.loginId);
      if (!row) {
        await burnPasswordCheck(input.password);
        throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'login id or password is wrong');
      }
      if (!(await verifyPassword(row.passwordHash, input.password)) || !row.active) {
        throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'login id or password is wrong');
      }
      if (previousToken) await endSession(previousToken);
      return { staff: toStaffView(row), ...(await openSession(row.id)) };
    },

    /** The staff member a session token belongs to, or undefined (unknown, expired, inactive). Counts as use of the session. */
    async authenticate(token: string | undefined): Promise<StaffRow | undefined> {
      if (!token) return undefined;
      const now = new Date();
      const tokenHash = hashToken(token);
      const found = await sessionRepository.staffFor(db, tokenHash, now);
      if (!found) return undefined;
      const later = extendedExpiry(found, now, idleMs, maxMs);
      if (later) await sessionRepository.setExpiry(db, tokenHash, later);
      return found.staff;
    },

    logout: endSession,

    /**
     * The signed-in person's own password: the current one must be right (401 naming `currentPassword`). Clears
     * must-change-password and ends their other sessions, keeping the one this change was made in.
     */
    async changePassword(staffId: string, token: string | undefined, input: PasswordChange): Promise<void> {
      const row = await staffRepository.byId(db, staffId);
      if (!row || !token) throw new AppError(ErrorCode.UNAUTHENTICATED, 'log in first');
      if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
        throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'the current password is wrong', 'currentPassword');
      }
      const passwordHash = await hashPassword(input.newPassword);
      const ended = await db.transaction(async (tx) => {
        await staffRepository.update(tx, staffId, { passwordHash, mustChangePassword: false });
        await auditRepository.record(tx, { action: AuditAction.staffPasswordChanged, staffId, subject: `staff:${staffId}` });
        return sessionRepository.deleteOthersForStaff(tx, staffId, hashToken(token));
      });
      for (const sessionHash of ended) events.publish('staff.sessionEnded', { sessionHash });
    },

    /** Keeps the sessions of staff with a connected socket alive (the presence heartbeat). */
    extendConnected(staffIds: string[], now = new Date()): Promise<void> {
      return sessionRepository.extendForStaff(db, staffIds, now, idleMs, maxMs, SLIDE_STEP_MS);
    },
  };
}
