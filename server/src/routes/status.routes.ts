import type { ServiceStatus } from '@hidamari/shared';
import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../services.js';

/** Public: is anyone answering now, when next, and where to call in a crisis. */
export function statusRoutes(deps: { services: Pick<Services, 'shifts' | 'settings'>; timezone: string }): FastifyPluginAsync {
  const { shifts, settings } = deps.services;
  return async (app) => {
    app.get('/api/status', async (): Promise<ServiceStatus> => {
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
