import { LoginSchema, SetupSchema } from '@hidamari/shared';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Services } from '../services.js';
import { toStaffView } from '../staff/staff.mapper.js';
import { requireStaff } from '../http/auth.guard.js';
import { SESSION_COOKIE } from '../http/session-cookie.js';
import { parseOrThrow } from '../http/validate.js';
import { clientKey } from '../privacy/client-key.js';
import { rooms } from '../realtime/rooms.js';
import { hashToken } from '../auth/tokens.js';
import type { StaffNamespace } from '../realtime/realtime.types.js';

function setSession(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/', expires: expiresAt });
}

export function authRoutes(deps: {
  services: Pick<Services, 'auth' | 'setup'>;
  staffNsp: StaffNamespace;
  loginPerMinute: number;
}): FastifyPluginAsync {
  const { auth, setup } = deps.services;
  return async (app) => {
    const loginLimit = {
      rateLimit: { max: deps.loginPerMinute, timeWindow: '1 minute', keyGenerator: (req: { ip: string }) => clientKey(req.ip) },
    };

    app.post('/api/auth/login', { config: loginLimit }, async (request, reply) => {
      const { staff, token, expiresAt } = await auth.login(parseOrThrow(LoginSchema, request.body));
      setSession(reply, token, expiresAt, request.protocol === 'https');
      return { staff };
    });

    app.post('/api/auth/logout', async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      await auth.logout(token);
      if (token) deps.staffNsp.in(rooms.session(hashToken(token))).disconnectSockets(true);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    });

    app.get('/api/me', { preHandler: requireStaff(auth) }, async (request) => ({ staff: toStaffView(request.staff!) }));

    app.get('/api/setup', async () => ({ needed: await setup.needed() }));

    app.post('/api/setup', { config: loginLimit }, async (request, reply) => {
      const input = parseOrThrow(SetupSchema, request.body);
      const staff = await setup.complete(input);
      const { token, expiresAt } = await auth.openSession(staff.id);
      setSession(reply, token, expiresAt, request.protocol === 'https');
      return reply.status(201).send({ staff });
    });
  };
}
