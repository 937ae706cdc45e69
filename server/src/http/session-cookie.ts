import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { overTls } from './security-headers.js';

export const SESSION_COOKIE = 'hidamari_session';

/**
 * The session cookie's attributes: httpOnly, SameSite=Strict, and `Secure` whenever the request came over TLS,
 * directly or per X-Forwarded-Proto from a trusted proxy (TRUST_PROXY), so it is never sent over plain HTTP later.
 * Clearing it uses the same attributes, or a browser would keep the secure one.
 */
export function sessionCookieOptions(request: Pick<FastifyRequest, 'protocol'>, expires?: Date): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'strict', secure: overTls(request), path: '/', ...(expires ? { expires } : {}) };
}
