import { AppError, ErrorCode, LIMITS, type StaffCreate, type StaffUpdate, type StaffView } from '@hidamari/shared';
import { hashPassword } from '../auth/password.js';
import { sessionRepository } from '../auth/session.repository.js';
import type { RequeueService } from '../consultation/requeue.service.js';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/raw.js';
import type { DomainEvents } from '../events/domain-events.js';
import { toStaffView } from './staff.mapper.js';
import { staffRepository, type NewStaff } from './staff.repository.js';
import { mayCounsel, wouldRemoveLastAdmin } from './staff.rules.js';

export type StaffService = ReturnType<typeof createStaffService>;

function changes(input: StaffUpdate, passwordHash: string | undefined): Partial<NewStaff> {
  const values: Partial<NewStaff> = {};
  if (input.displayName !== undefined) values.displayName = input.displayName;
  if (input.roles !== undefined) values.roles = [...new Set(input.roles)];
  if (input.teams !== undefined) values.teams = [...new Set(input.teams)];
  if (input.maxConcurrent !== undefined) values.maxConcurrent = input.maxConcurrent;
  if (input.active !== undefined) values.active = input.active;
  if (passwordHash !== undefined) values.passwordHash = passwordHash;
  return values;
}

export function createStaffService(deps: {
  db: Db;
  events: Pick<DomainEvents, 'publish'>;
  requeue: Pick<RequeueService, 'requeueHeldBy' | 'announce'>;
}) {
  const { db, events, requeue } = deps;

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

    /**
     * One transaction: the admin count and the change happen under the admins' row locks (two admins demoting each
     * other at once cannot both pass), and someone who may no longer counsel goes off duty and loses their chats
     * under their own row lock (a claim of theirs waits, then sees the new roles).
     */
    async update(id: string, input: StaffUpdate): Promise<StaffView> {
      const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
      const { before, row, requeued } = await db.transaction(async (tx) => {
        const admins = await staffRepository.lockActiveAdmins(tx);
        const before = await staffRepository.lockById(tx, id);
        if (!before) throw new AppError(ErrorCode.NOT_FOUND, 'no such staff member');
        if (wouldRemoveLastAdmin(before, input, admins.length)) {
          throw new AppError(ErrorCode.CONFLICT, 'the last active admin cannot be removed', input.active === false ? 'active' : 'roles');
        }
        const values = changes(input, passwordHash);
        const counsels = mayCounsel({ roles: values.roles ?? before.roles, active: values.active ?? before.active });
        if (!counsels) values.onDuty = false;
        const row = (await staffRepository.update(tx, id, values))!;
        const requeued = counsels ? [] : await requeue.requeueHeldBy(tx, id, 'counselor_cannot_counsel');
        // A new password or a deactivation ends every open session of that person.
        if (input.password !== undefined || input.active === false) await sessionRepository.deleteForStaff(tx, id);
        return { before, row, requeued };
      });
      if (input.password !== undefined || input.active === false) events.publish('staff.sessionsEnded', { staffId: id });
      if (before.onDuty && !row.onDuty) events.publish('duty.changed', { staffId: id, onDuty: false });
      if (mayCounsel(before) !== mayCounsel(row)) events.publish('staff.rolesChanged', { staffId: id, canCounsel: mayCounsel(row) });
      await requeue.announce(requeued);
      events.publish('queue.changed', {});
      return toStaffView(row);
    },

    /** Throws FORBIDDEN unless the staff member may counsel now (current roles, not those at connect time). */
    async assertCanCounsel(staffId: string): Promise<void> {
      const me = await staffRepository.byId(db, staffId);
      if (!me) throw new AppError(ErrorCode.UNAUTHENTICATED, 'staff account not found');
      if (!mayCounsel(me)) throw new AppError(ErrorCode.FORBIDDEN, 'only counselors and supervisors see the queue');
    },

    async setDuty(staffId: string, onDuty: boolean): Promise<boolean> {
      // Conditional in one statement: a role removed a moment ago cannot be overtaken by a stale check.
      const row = await staffRepository.setDuty(db, staffId, onDuty);
      if (!row) {
        if (!(await staffRepository.byId(db, staffId))) throw new AppError(ErrorCode.UNAUTHENTICATED, 'staff account not found');
        throw new AppError(ErrorCode.FORBIDDEN, 'only counselors and supervisors go on duty');
      }
      events.publish('duty.changed', { staffId, onDuty });
      events.publish('queue.changed', {});
      return onDuty;
    },
  };
}
