import type { ServiceStatus } from '@hidamari/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api';

const REFRESH_MS = 60_000;

/**
 * `GET /api/status` in the page's language, refreshed each minute (and on `refresh()`) so "closed" turns into "open"
 * without a reload and a changed hotline list shows up. null until known or on error.
 */
export function useServiceStatus(): { status: ServiceStatus | null; refresh(): void } {
  const { i18n } = useTranslation('visitor');
  const locale = i18n.language === 'en' ? 'en' : 'ja';
  const [status, setStatus] = useState<ServiceStatus | null>(null);
  const load = useRef<() => void>(() => undefined);
  useEffect(() => {
    let live = true;
    load.current = () => {
      api<ServiceStatus>('GET', `/api/status?locale=${locale}`)
        .then((s) => live && setStatus(s))
        .catch(() => undefined); // Unknown hours: show the form without the notice rather than an error.
    };
    load.current();
    const timer = setInterval(load.current, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [locale]);
  const refresh = useCallback(() => load.current(), []);
  return { status, refresh };
}
