import type { Locale, ServiceStatus } from '@hidamari/shared';
import type { SettingsService } from './settings.service.js';
import { serviceStatus, type Openness } from './status.rules.js';

export type StatusService = ReturnType<typeof createStatusService>;

/** The public answer to "is anyone there, and if not, when?": the roster and the settings, both read fresh. */
export function createStatusService(deps: {
  /** The shift service: `closesAt` comes with the roster's answer where it gives one. */
  shifts: { openness(): Promise<Openness> };
  settings: Pick<SettingsService, 'current'>;
  timezone: string;
}) {
  const { shifts, settings, timezone } = deps;
  return {
    async status(locale: Locale = 'ja'): Promise<ServiceStatus> {
      const [openness, current] = await Promise.all([shifts.openness(), settings.current()]);
      return serviceStatus(openness, current, locale, timezone);
    },
  };
}
