import { TeamLiveResponseSchema } from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../http/auth.guard.js';
import type { Services } from '../services.js';

/** Supervisors and admins: who is on shift, on duty, and how loaded, now. Names and numbers only, no conversation content. */
export function teamRoutes(deps: { services: Pick<Services, 'auth' | 'team'> }): FastifyPluginAsyncZod {
  const { auth, team } = deps.services;
  return async (app) => {
    app.get(
      '/api/roster/live',
      { preValidation: requireStaff(auth, ['supervisor', 'admin']), schema: { response: { 200: TeamLiveResponseSchema } } },
      async () => ({ members: await team.live() }),
    );
  };
}
