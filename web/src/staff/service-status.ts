import type { ServiceStatus } from '@hidamari/shared';
import { useEffect, useState } from 'react';
import { api } from '../lib/api';

export const DEFAULT_TIMEZONE = 'Asia/Tokyo';

/** GET /api/status once; the time zone falls back to Tokyo until (or unless) it answers. */
export function useServiceStatus(): { status: ServiceStatus | null; timezone: string } {
  const [status, setStatus] = useState<ServiceStatus | null>(null);
  useEffect(() => {
    let live = true;
    api<ServiceStatus>('GET', '/api/status')
      .then((s) => live && setStatus(s))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return { status, timezone: status?.timezone ?? DEFAULT_TIMEZONE };
}

/** Date and/or time of an ISO instant in the service's time zone. */
export function formatInZone(iso: string, timeZone: string, lang: string, style: 'time' | 'datetime'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const opts: Intl.DateTimeFormatOptions =
    style === 'time'
      ? { timeZone, hour: '2-digit', minute: '2-digit' }
      : { timeZone, month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ja-JP', opts).format(d);
}
