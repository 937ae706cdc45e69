import { IdParamsSchema, StaffCreateSchema, StaffListResponseSchema, StaffResponseSchema, StaffUpdateSchema } from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../http/auth.guard.js';
import type { Services } from '../services.js';

/** Admin: staff accounts. */
export function staffRoutes(deps: { services: Pick<Services, 'auth' | 'staff'> }): FastifyPluginAsyncZod {
  const { auth, staff } = deps.services;
  return async (app) => {
    // Before validation, so a caller who may not use the route learns nothing from its validation errors.
    const admin = requireStaff(auth, 'admin');
    app.post('/api/staff', { preValidation: admin, schema: { body: StaffCreateSchema, response: { 201: StaffResponseSchema } } }, async (request, reply) =>
      reply.status(201).send({ staff: await staff.create(request.body) }));
    app.get('/api/staff', { preValidation: admin, schema: { response: { 200: StaffListResponseSchema } } }, async () => ({
      staff: await staff.list(),
    }));
    app.patch(
      '/api/staff/:id',
      { preValidation: admin, schema: { params: IdParamsSchema, body: StaffUpdateSchema, response: { 200: StaffResponseSchema } } },
      async (request) => ({ staff: await staff.update(request.params.id, request.body) }),
    );
  };
}
