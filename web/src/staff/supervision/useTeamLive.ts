import type { TeamMemberLive } from '@hidamari/shared';
import { useQuery } from '@tanstack/react-query';
import { useAdminApi } from '../admin/useAdminApi';

/** How often the live team view asks again; it also refreshes when the window regains focus. */
export const TEAM_REFRESH_MS = 10_000;

export function useTeamLive() {
  const call = useAdminApi();
  return useQuery({
    queryKey: ['roster', 'live'],
    queryFn: async () => (await call<{ members: TeamMemberLive[] }>('GET', '/api/roster/live')).members,
    refetchInterval: TEAM_REFRESH_MS,
    refetchOnWindowFocus: true,
  });
}
