import type { TeamMemberLive } from '@hidamari/shared';
import type { Db } from '../db/client.js';
import { teamRepository } from './team.repository.js';
import { sortLive } from './team.rules.js';

export type TeamService = ReturnType<typeof createTeamService>;

/** The live team view for supervisors and admins. `now` is injectable so tests pin the instant a shift covers. */
export function createTeamService(deps: { db: Db; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return {
    async live(): Promise<TeamMemberLive[]> {
      return sortLive(await teamRepository.live(deps.db, now()));
    },
  };
}
