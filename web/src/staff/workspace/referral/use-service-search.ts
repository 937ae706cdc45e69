import type { Service, ServiceQuery } from '@hidamari/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useAdminApi } from '../../admin/useAdminApi';
import { serviceQueryString } from '../../directory/directory-form';

/** The value once it has stopped changing for `ms` (typing in the search box asks the server once, not per key). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/** `GET /api/services` for the counselor's search beside the chat; the last answer stays while the next one loads. */
export function useServiceSearch(filter: ServiceQuery) {
  const call = useAdminApi();
  const qs = serviceQueryString(filter);
  return useQuery({
    // The admin directory page shares the 'services' prefix, so its edits refresh this list too.
    queryKey: ['services', qs],
    queryFn: async () => (await call<{ services: Service[] }>('GET', `/api/services${qs}`)).services,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Whether the directory has no entries at all (not just none matching): only an unfiltered empty answer says so. */
export const directoryEmpty = (filter: ServiceQuery, services: readonly Service[] | undefined): boolean =>
  services !== undefined && services.length === 0 && !filter.q?.trim() && !filter.kind && !filter.prefecture;
