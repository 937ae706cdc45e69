import { CoverageQuerySchema, CoverageResponseSchema } from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../http/auth.guard.js';
import type { Services } from '../services.js';

/** Admin: the roster at a glance (who covers which hour, and where it is thin). */
export function rosterRoutes(deps: { services: Pick<Services, 'auth' | 'shifts'> }): FastifyPluginAsyncZod {
  const { auth, shifts } = deps.services;
  return async (app) => {
    const admin = requireStaff(auth, 'admin');
    app.get('/api/roster/coverage', { preValidation: admin, schema: { querystring: CoverageQuerySchema, response: { 200: CoverageResponseSchema } } }, async (request) =>
      shifts.coverage(request.query.from, request.query.to));
  };
}
