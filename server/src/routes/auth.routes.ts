import { LoginSchema, PasswordChangeSchema, SetupNeededResponseSchema, SetupSchema, StaffResponseSchema } from '@hidamari/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../services.js';
import { toStaffView } from '../staff/staff.mapper.js';
import { requireStaff } from '../http/auth.guard.js';
import { SESSION_COOKIE, sessionCookieOptions } from '../http/session-cookie.js';
import { clientKey } from '../privacy/client-key.js';

function setSession(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(request, expiresAt));
}

export function authRoutes(deps: { services: Pick<Services, 'auth' | 'setup'>; loginPerMinute: number }): FastifyPluginAsyncZod {
  const { auth, setup } = deps.services;
  return async (app) => {
    const loginLimit = {
      rateLimit: { max: deps.loginPerMinute, timeWindow: '1 minute', keyGenerator: (req: { ip: string }) => clientKey(req.ip) },
    };

    app.post('/api/auth/login', { config: loginLimit, schema: { body: LoginSchema, response: { 200: StaffResponseSchema } } }, async (request, reply) => {
      // Whatever session cookie came with the request ends here: the login gets a new id (session fixation).
      const { staff, token, expiresAt } = await auth.login(request.body, request.cookies[SESSION_COOKIE]);
      setSession(request, reply, token, expiresAt);
      return { staff };
    });

    // The session's sockets are dropped by the realtime module, on the event the auth service publishes.
    app.post('/api/auth/logout', async (request, reply) => {
      await auth.logout(request.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
      return reply.status(204).send();
    });

    // These two answer while a temporary password is still to be changed: the app learns it must ask, and the person can.
    const self = requireStaff(auth, undefined, { duringPasswordChange: true });
    app.get('/api/me', { preValidation: self, schema: { response: { 200: StaffResponseSchema } } }, async (request) => ({
      staff: toStaffView(request.staff!),
    }));

    // Rate-limited like login: a stolen session must not become a way to guess the password behind it.
    app.post('/api/me/password', { config: loginLimit, preValidation: self, schema: { body: PasswordChangeSchema } }, async (request, reply) => {
      await auth.changePassword(request.staff!.id, request.cookies[SESSION_COOKIE], request.body);
      return reply.status(204).send();
    });

    app.get('/api/setup', { schema: { response: { 200: SetupNeededResponseSchema } } }, async () => ({ needed: await setup.needed() }));

    app.post('/api/setup', { config: loginLimit, schema: { body: SetupSchema, response: { 201: StaffResponseSchema } } }, async (request, reply) => {
      const staff = await setup.complete(request.body);
      const { token, expiresAt } = await auth.openSession(staff.id);
      setSession(request, reply, token, expiresAt);
      return reply.status(201).send({ staff });
    });
  };
}
