import { AuditListResponseSchema, AuditQuerySchema } from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../http/auth.guard.js';
import type { Services } from '../services.js';

/** Admin: who changed what in staff, roster and settings, newest first. */
export function auditRoutes(deps: { services: Pick<Services, 'auth' | 'audit'> }): FastifyPluginAsyncZod {
  const { auth, audit } = deps.services;
  return async (app) => {
    app.get(
      '/api/audit',
      { preValidation: requireStaff(auth, 'admin'), schema: { querystring: AuditQuerySchema, response: { 200: AuditListResponseSchema } } },
      async (request) => ({ entries: await audit.list(request.query) }),
    );
  };
}
