import { AppError, ErrorCode } from '@hidamari/shared';
import type { FastifyRequest } from 'fastify';
import { originAllowed } from '../realtime/origin.js';
import { SESSION_COOKIE } from './session-cookie.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence with the SameSite cookie: a state-changing request must carry the
 * service's own Origin when it is cookie-authenticated, and may not carry a foreign one ever.
 */
export function originGuard(allowed: readonly string[]) {
  return async (request: FastifyRequest): Promise<void> => {
    if (SAFE.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin) {
      if (!originAllowed(origin, request.headers.host, allowed)) throw new AppError(ErrorCode.BAD_ORIGIN, 'request from another origin');
      return;
    }
    if (request.cookies[SESSION_COOKIE]) throw new AppError(ErrorCode.BAD_ORIGIN, 'Origin header required');
  };
}
