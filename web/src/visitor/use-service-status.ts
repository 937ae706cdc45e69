import type { ServiceStatus } from '@hidamari/shared';
import { useEffect, useState } from 'react';
import { api } from '../lib/api';

const REFRESH_MS = 60_000;

/** `GET /api/status`, refreshed each minute so "closed" turns into "open" without a reload. null until known or on error. */
export function useServiceStatus(): ServiceStatus | null {
  const [status, setStatus] = useState<ServiceStatus | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => {
      api<ServiceStatus>('GET', '/api/status')
        .then((s) => live && setStatus(s))
        .catch(() => undefined); // Unknown hours: show the form without the notice rather than an error.
    };
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  return status;
}
