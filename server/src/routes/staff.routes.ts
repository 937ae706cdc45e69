import { IdParamsSchema, StaffCreateSchema, StaffUpdateSchema } from '@hidamari/shared';
import type { FastifyPluginAsync } from 'fastify';
import { requireStaff } from '../http/auth.guard.js';
import { parseOrThrow } from '../http/validate.js';
import type { Services } from '../services.js';

/** Admin: staff accounts. */
export function staffRoutes(deps: { services: Pick<Services, 'auth' | 'staff'> }): FastifyPluginAsync {
  const { auth, staff } = deps.services;
  return async (app) => {
    const admin = { preHandler: requireStaff(auth, 'admin') };
    app.post('/api/staff', admin, async (request, reply) => {
      return reply.status(201).send({ staff: await staff.create(parseOrThrow(StaffCreateSchema, request.body)) });
    });
    app.get('/api/staff', admin, async () => ({ staff: await staff.list() }));
    app.patch('/api/staff/:id', admin, async (request) => {
      const { id } = parseOrThrow(IdParamsSchema, request.params);
      return { staff: await staff.update(id, parseOrThrow(StaffUpdateSchema, request.body)) };
    });
  };
}
