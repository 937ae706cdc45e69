import { ServiceStatusSchema } from '@hidamari/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Services } from '../services.js';

/** Public: is anyone answering now, when next, and where to call in a crisis. */
export function statusRoutes(deps: { services: Pick<Services, 'shifts' | 'settings'>; timezone: string }): FastifyPluginAsyncZod {
  const { shifts, settings } = deps.services;
  return async (app) => {
    app.get('/api/status', { schema: { response: { 200: ServiceStatusSchema } } }, async () => {
      const [{ open, nextOpening }, hotlines, hoursMessage] = await Promise.all([
        shifts.openness(),
        settings.hotlines(),
        settings.hoursMessage(),
      ]);
      return {
        open,
        nextOpening: nextOpening ? nextOpening.toISOString() : null,
        timezone: deps.timezone,
        hotlines,
        ...(hoursMessage ? { hoursMessage } : {}),
      };
    });
  };
}
