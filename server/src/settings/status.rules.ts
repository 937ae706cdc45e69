import type { Locale, ServiceStatus, Settings } from '@hidamari/shared';
import { statusMessage } from './settings.rules.js';

/** What the roster says about now: `closesAt` while open, `nextOpening` while closed. */
export interface Openness {
  open: boolean;
  closesAt?: Date | null;
  nextOpening: Date | null;
}

/** `GET /api/status` from the roster's answer and the settings, in the visitor's language. */
export function serviceStatus(openness: Openness, settings: Settings, locale: Locale, timezone: string): ServiceStatus {
  const { open } = openness;
  const message = statusMessage(settings, open, locale);
  return {
    open,
    // Each only in the state it belongs to, so a client can never show "closes at" on a closed page or the reverse.
    closesAt: open && openness.closesAt ? openness.closesAt.toISOString() : null,
    nextOpening: !open && openness.nextOpening ? openness.nextOpening.toISOString() : null,
    timezone,
    message,
    serviceName: settings.serviceName[locale],
    // A line written for the other language (its name and hours in those words) is not shown; one without a language is.
    hotlines: settings.hotlines.filter((h) => !h.locale || h.locale === locale),
    ...(!open && message ? { hoursMessage: message } : {}),
  };
}
