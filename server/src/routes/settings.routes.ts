import { SettingsResponseSchema, SettingsUpdateSchema } from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../http/auth.guard.js';
import type { Services } from '../services.js';

/** Service settings. Any signed-in staff member may read them (counselors need the emergency procedure); admins change them. */
export function settingsRoutes(deps: { services: Pick<Services, 'auth' | 'settings'> }): FastifyPluginAsyncZod {
  const { auth, settings } = deps.services;
  return async (app) => {
    const staff = requireStaff(auth);
    // Before validation, so a caller who may not change settings learns nothing from the validation errors.
    const admin = requireStaff(auth, 'admin');
    app.get('/api/settings', { preValidation: staff, schema: { response: { 200: SettingsResponseSchema } } }, async () => ({
      settings: await settings.current(),
    }));
    app.put('/api/settings', { preValidation: admin, schema: { body: SettingsUpdateSchema, response: { 200: SettingsResponseSchema } } }, async (request) => ({
      settings: await settings.update(request.body, request.staff!.id),
    }));
  };
}
