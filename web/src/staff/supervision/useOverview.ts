import type { SupervisionOverview } from '@hidamari/shared';
import { useQuery } from '@tanstack/react-query';
import { useAdminApi } from '../admin/useAdminApi';

/** How often the overview asks again; socket news about the queue or a chat asks sooner. */
export const OVERVIEW_REFRESH_MS = 5_000;
export const OVERVIEW_KEY = ['supervision', 'overview'] as const;

export function useOverview() {
  const call = useAdminApi();
  return useQuery({
    queryKey: OVERVIEW_KEY,
    queryFn: () => call<SupervisionOverview>('GET', '/api/supervision/overview'),
    refetchInterval: OVERVIEW_REFRESH_MS,
    refetchOnWindowFocus: true,
  });
}
