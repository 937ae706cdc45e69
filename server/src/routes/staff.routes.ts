import {
  IdParamsSchema, PasswordResetResponseSchema, StaffCreateSchema, StaffListResponseSchema, StaffResponseSchema, StaffUpdateSchema,
} from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../http/auth.guard.js';
import type { Services } from '../services.js';

/** Admin: staff accounts. Every change is audited with the acting admin. */
export function staffRoutes(deps: { services: Pick<Services, 'auth' | 'staff'> }): FastifyPluginAsyncZod {
  const { auth, staff } = deps.services;
  return async (app) => {
    // Before validation, so a caller who may not use the route learns nothing from its validation errors.
    const admin = requireStaff(auth, 'admin');
    app.post('/api/staff', { preValidation: admin, schema: { body: StaffCreateSchema, response: { 201: StaffResponseSchema } } }, async (request, reply) =>
      reply.status(201).send({ staff: await staff.create(request.body, request.staff!.id) }));
    app.get('/api/staff', { preValidation: admin, schema: { response: { 200: StaffListResponseSchema } } }, async () => ({
      staff: await staff.list(),
    }));
    app.patch(
      '/api/staff/:id',
      { preValidation: admin, schema: { params: IdParamsSchema, body: StaffUpdateSchema, response: { 200: StaffResponseSchema } } },
      async (request) => ({ staff: await staff.update(request.params.id, request.body, request.staff!.id) }),
    );
    // The temporary password is in this answer only: never logged, stored only as a hash.
    app.post(
      '/api/staff/:id/password-reset',
      { preValidation: admin, schema: { params: IdParamsSchema, response: { 200: PasswordResetResponseSchema } } },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        return staff.resetPassword(request.params.id, request.staff!.id);
      },
    );
  };
}
