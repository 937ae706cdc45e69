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

/** preHandler that loads the session's staff member and, when given, requires a role. */
export function requireStaff(auth: Pick<AuthService, 'authenticate'>, role?: Role) {
  return async (request: FastifyRequest): Promise<void> => {
    const staff = await auth.authenticate(request.cookies[SESSION_COOKIE]);
    if (!staff) throw new AppError(ErrorCode.UNAUTHENTICATED, 'log in first');
    if (role && !staff.roles.includes(role)) throw new AppError(ErrorCode.FORBIDDEN, `requires the ${role} role`);
    request.staff = staff;
  };
}
