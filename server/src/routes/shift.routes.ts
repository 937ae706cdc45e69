import { IdParamsSchema, ShiftCreateSchema, ShiftListQuerySchema } from '@hidamari/shared';
import type { FastifyPluginAsync } from 'fastify';
import { requireStaff } from '../http/auth.guard.js';
import { parseOrThrow } from '../http/validate.js';
import type { Services } from '../services.js';

/** Admin: the duty roster's shifts. */
export function shiftRoutes(deps: { services: Pick<Services, 'auth' | 'shifts' | 'events'> }): FastifyPluginAsync {
  const { auth, shifts, events } = deps.services;
  return async (app) => {
    const admin = { preHandler: requireStaff(auth, 'admin') };
    app.post('/api/shifts', admin, async (request, reply) => {
      const shift = await shifts.create(parseOrThrow(ShiftCreateSchema, request.body));
      events.publish('queue.changed', {}); // the next opening, and so waiting visitors' estimates, may move
      return reply.status(201).send({ shift });
    });
    app.get('/api/shifts', admin, async (request) => {
      const q = parseOrThrow(ShiftListQuerySchema, request.query);
      return { shifts: await shifts.list(q.from, q.to) };
    });
    app.delete('/api/shifts/:id', admin, async (request, reply) => {
      await shifts.remove(parseOrThrow(IdParamsSchema, request.params).id);
      events.publish('queue.changed', {});
      return reply.status(204).send();
    });
  };
}
