import { AppError, ErrorCode, LIMITS, type StaffCreate, type StaffUpdate, type StaffView } from '@hidamari/shared';
import { hashPassword } from '../auth/password.js';
import { sessionRepository } from '../auth/session.repository.js';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/raw.js';
import type { DomainEvents } from '../events/domain-events.js';
import { toStaffView } from './staff.mapper.js';
import { staffRepository, type NewStaff } from './staff.repository.js';
import { canCounsel, wouldRemoveLastAdmin } from './staff.rules.js';

export type StaffService = ReturnType<typeof createStaffService>;

export function createStaffService(deps: { db: Db; events: Pick<DomainEvents, 'publish'> }) {
  const { db, events } = deps;

  return {
    async create(input: StaffCreate): Promise<StaffView> {
      try {
        const row = await staffRepository.insert(db, {
          loginId: input.loginId,
          displayName: input.displayName,
          passwordHash: await hashPassword(input.password),
          roles: [...new Set(input.roles)],
          teams: [...new Set(input.teams ?? [])],
          maxConcurrent: input.maxConcurrent ?? LIMITS.defaultMaxConcurrent,
        });
        return toStaffView(row);
      } catch (err) {
        if (isUniqueViolation(err)) throw new AppError(ErrorCode.CONFLICT, 'that login id is taken', 'loginId');
        throw err;
      }
    },

    async list(): Promise<StaffView[]> {
      return (await staffRepository.list(db)).map(toStaffView);
    },

    async update(id: string, input: StaffUpdate): Promise<StaffView> {
      const before = await staffRepository.byId(db, id);
      if (!before) throw new AppError(ErrorCode.NOT_FOUND, 'no such staff member');
      const admins = (await staffRepository.list(db)).filter((s) => s.active && s.roles.includes('admin')).length;
      if (wouldRemoveLastAdmin(before, input, admins)) {
        throw new AppError(ErrorCode.CONFLICT, 'the last active admin cannot be removed', input.active === false ? 'active' : 'roles');
      }
      const values: Partial<NewStaff> = {};
      if (input.displayName !== undefined) values.displayName = input.displayName;
      if (input.roles !== undefined) values.roles = [...new Set(input.roles)];
      if (input.teams !== undefined) values.teams = [...new Set(input.teams)];
      if (input.maxConcurrent !== undefined) values.maxConcurrent = input.maxConcurrent;
      if (input.active !== undefined) values.active = input.active;
      if (input.password !== undefined) values.passwordHash = await hashPassword(input.password);
      if (input.active === false) values.onDuty = false;
      const row = (await staffRepository.update(db, id, values))!;
      // A new password or a deactivation ends every open session of that person.
      if (input.password !== undefined || input.active === false) {
        await sessionRepository.deleteForStaff(db, id);
        events.publish('staff.sessionsEnded', { staffId: id });
      }
      events.publish('queue.changed', {});
      return toStaffView(row);
    },

    async setDuty(staffId: string, onDuty: boolean): Promise<boolean> {
      const me = await staffRepository.byId(db, staffId);
      if (!me) throw new AppError(ErrorCode.UNAUTHENTICATED, 'staff account not found');
      if (onDuty && !canCounsel(me)) throw new AppError(ErrorCode.FORBIDDEN, 'only counselors and supervisors go on duty');
      await staffRepository.update(db, staffId, { onDuty, lastSeenAt: new Date() });
      events.publish('duty.changed', { staffId, onDuty });
      events.publish('queue.changed', {});
      return onDuty;
    },
  };
}
