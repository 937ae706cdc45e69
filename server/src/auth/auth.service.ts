import { AppError, ErrorCode, type Login, type StaffView } from '@hidamari/shared';
import type { Db } from '../db/client.js';
import { toStaffView } from '../staff/staff.mapper.js';
import { staffRepository, type StaffRow } from '../staff/staff.repository.js';
import { burnPasswordCheck, verifyPassword } from './password.js';
import { sessionRepository } from './session.repository.js';
import { hashToken, newToken } from './tokens.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000; // one long shift

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: { db: Db }) {
  const { db } = deps;

  async function openSession(staffId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
    await sessionRepository.insert(db, hashToken(token), staffId, expiresAt);
    return { token, expiresAt };
  }

  return {
    openSession,

    async login(input: Login): Promise<{ staff: StaffView; token: string; expiresAt: Date }> {
      const row = await staffRepository.byLoginId(db, input.loginId);
      if (!row) {
        await burnPasswordCheck(input.password);
        throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'login id or password is wrong');
      }
      if (!(await verifyPassword(row.passwordHash, input.password)) || !row.active) {
        throw new AppError(ErrorCode.INVALID_CREDENTIALS, 'login id or password is wrong');
      }
      return { staff: toStaffView(row), ...(await openSession(row.id)) };
    },

    /** The staff member a session token belongs to, or undefined (unknown, expired, inactive). */
    async authenticate(token: string | undefined): Promise<StaffRow | undefined> {
      if (!token) return undefined;
      return sessionRepository.staffFor(db, hashToken(token), new Date());
    },

    async logout(token: string | undefined): Promise<void> {
      if (token) await sessionRepository.delete(db, hashToken(token));
    },
  };
}
