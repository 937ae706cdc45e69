import type { AuditEntry } from '@hidamari/shared';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useAdminApi } from '../admin/useAdminApi';

export const AUDIT_PAGE = 50;

/** GET /api/audit page by page, newest first: each older page starts before the last entry shown. */
export function useAuditLog() {
  const call = useAdminApi();
  return useInfiniteQuery({
    queryKey: ['audit'],
    initialPageParam: undefined as number | undefined,
    queryFn: async ({ pageParam }) => {
      const before = pageParam ? `&before=${pageParam}` : '';
      return (await call<{ entries: AuditEntry[] }>('GET', `/api/audit?limit=${AUDIT_PAGE}${before}`)).entries;
    },
    getNextPageParam: (last) => (last.length < AUDIT_PAGE ? undefined : last[last.length - 1]!.id),
  });
}
