import { AppError, ErrorCode, type Role } from '@hidamari/shared';
import type { FastifyRequest } from 'fastify';
import type { AuthService } from '../auth/auth.service.js';
import type { StaffRow } from '../staff/staff.repository.js';
import { SESSION_COOKIE } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffRow;
  }
}

export interface GuardOptions {
  /**
   * Answer someone whose temporary password must still be changed. Only GET /api/me and POST /api/me/password
   * do: everything else is refused with PASSWORD_CHANGE_REQUIRED, so a temporary password opens nothing but its own change.
   */
  duringPasswordChange?: boolean;
}

/** preHandler that loads the session's staff member and, when given, requires one of `roles`. */
export function requireStaff(auth: Pick<AuthService, 'authenticate'>, roles?: Role | readonly Role[], opts: GuardOptions = {}) {
  const allowed = roles === undefined ? [] : typeof roles === 'string' ? [roles] : roles;
  return async (request: FastifyRequest): Promise<void> => {
    const staff = await auth.authenticate(request.cookies[SESSION_COOKIE]);
    if (!staff) throw new AppError(ErrorCode.UNAUTHENTICATED, 'log in first');
    if (staff.mustChangePassword && !opts.duringPasswordChange) {
      throw new AppError(ErrorCode.PASSWORD_CHANGE_REQUIRED, 'change the temporary password first');
    }
    if (allowed.length > 0 && !allowed.some((r) => staff.roles.includes(r))) {
      throw new AppError(ErrorCode.FORBIDDEN, `requires the ${allowed.join(' or ')} role`);
    }
    request.staff = staff;
  };
}
