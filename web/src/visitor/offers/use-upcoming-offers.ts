import type { PublicOffer } from '@hidamari/shared';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../lib/api';

export type UpcomingOffers =
  | { state: 'loading' }
  | { state: 'error' }
  | { state: 'ready'; offers: PublicOffer[]; timezone: string };

/** `GET /api/offers/upcoming` in the page's language (asked again when it changes, or on `retry()`). */
export function useUpcomingOffers(locale: 'ja' | 'en'): { result: UpcomingOffers; retry(): void } {
  const [result, setResult] = useState<UpcomingOffers>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    api<{ offers: PublicOffer[]; timezone: string }>('GET', `/api/offers/upcoming?locale=${locale}`)
      .then((r) => live && setResult({ state: 'ready', offers: r.offers, timezone: r.timezone }))
      .catch(() => live && setResult({ state: 'error' }));
    return () => {
      live = false;
    };
  }, [locale, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { result, retry };
}
