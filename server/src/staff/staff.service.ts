import { AppError, AuditAction, DUTY_EARLY_MINUTES, ErrorCode, LIMITS, type StaffCreate, type StaffUpdate, type StaffView } from '@hidamari/shared';
import { auditRepository } from '../audit/audit.repository.js';
import { hashPassword } from '../auth/password.js';
import { sessionRepository } from '../auth/session.repository.js';
import { newTemporaryPassword } from '../auth/tokens.js';
import type { RequeueService } from '../consultation/requeue.service.js';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/raw.js';
import type { DomainEvents } from '../events/domain-events.js';
import { toStaffView } from './staff.mapper.js';
import { staffRepository, type NewStaff } from './staff.repository.js';
import { hasRole, mayCounsel, staffChanges, wouldRemoveLastAdmin } from './staff.rules.js';

export type StaffService = ReturnType<typeof createStaffService>;

function changes(input: StaffUpdate, passwordHash: string | undefined): Partial<NewStaff> {
  const values: Partial<NewStaff> = {};
  if (input.displayName !== undefined) values.displayName = input.displayName;
  if (input.roles !== undefined) values.roles = [...new Set(input.roles)];
  if (input.teams !== undefined) values.teams = [...new Set(input.teams)];
  if (input.maxConcurrent !== undefined) values.maxConcurrent = input.maxConcurrent;
  if (input.active !== undefined) values.active = input.active;
  // A password an admin chose is known to the admin: like a reset, its owner must replace it at the next sign-in.
  if (passwordHash !== undefined) Object.assign(values, { passwordHash, mustChangePassword: true });
  return values;
}

const subjectOf = (staffId: string) => `staff:${staffId}`;

export function createStaffService(deps: {
  db: Db;
  events: Pick<DomainEvents, 'publish'>;
  requeue: Pick<RequeueService, 'requeueHeldBy' | 'announce'>;
  /** The service's default chat limit for new staff (a setting admins change); LIMITS' default without it. */
  defaultMaxConcurrent?: () => Promise<number>;
  now?: () => Date;
}) {
  const { db, events, requeue } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    /** `actorId`: the admin who adds them (null at start-up and first set-up); audited in the same transaction. */
    async create(input: StaffCreate, actorId: string | null = null): Promise<StaffView> {
      const passwordHash = await hashPassword(input.password);
      const maxConcurrent = input.maxConcurrent ?? (deps.defaultMaxConcurrent ? await deps.defaultMaxConcurrent() : LIMITS.defaultMaxConcurrent);
      try {
        const row = await db.transaction(async (tx) => {
          const row = await staffRepository.insert(tx, {
            loginId: input.loginId,
            displayName: input.displayName,
            passwordHash,
            roles: [...new Set(input.roles)],
            teams: [...new Set(input.teams ?? [])],
            maxConcurrent,
          });
          await auditRepository.record(tx, {
            action: AuditAction.staffCreated,
            staffId: actorId,
            subject: subjectOf(row.id),
            data: { loginId: row.loginId, displayName: row.displayName, roles: row.roles, teams: row.teams, maxConcurrent: row.maxConcurrent },
          });
          return row;
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
    async update(id: string, input: StaffUpdate, actorId: string | null = null): Promise<StaffView> {
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
        // Any admin's change is recorded, their own included (an admin granting themselves a counselling role).
        const changed = staffChanges(before, values);
        if (Object.keys(changed).length > 0) {
          // An admin granting themselves a counselling role gains access to conversations: flagged for whoever reads the log.
          const selfGrant = actorId === id && (values.roles ?? []).some((r) => r !== 'admin' && !before.roles.includes(r));
          await auditRepository.record(tx, {
            action: AuditAction.staffUpdated, staffId: actorId, subject: subjectOf(id), data: { changes: changed, ...(selfGrant ? { selfGrant: true } : {}) },
          });
        }
        if (passwordHash !== undefined) {
          await auditRepository.record(tx, { action: AuditAction.staffPasswordReset, staffId: actorId, subject: subjectOf(id), data: { chosenByAdmin: true } });
        }
        const requeued = counsels ? [] : await requeue.requeueHeldBy(tx, id, 'counselor_cannot_counsel');
        // A new password or a deactivation ends every open session of that person.
        if (input.password !== undefined || input.active === false) await sessionRepository.deleteForStaff(tx, id);
        return { before, row, requeued };
      });
      if (input.password !== undefined || input.active === false) events.publish('staff.sessionsEnded', { staffId: id });
      if (before.onDuty && !row.onDuty) events.publish('duty.changed', { staffId: id, onDuty: false });
      if (mayCounsel(before) !== mayCounsel(row)) events.publish('staff.rolesChanged', { staffId: id, canCounsel: mayCounsel(row) });
      if (hasRole(before, 'supervisor') && !hasRole(row, 'supervisor')) events.publish('staff.supervisionLost', { staffId: id });
      await requeue.announce(requeued);
      events.publish('queue.changed', {});
      return toStaffView(row);
    },

    /**
     * Sets a generated temporary password that must be changed at the next sign-in and ends every session of that
     * person. The password is returned to the admin once; only its hash is stored, and the audit entry holds neither.
     */
    async resetPassword(id: string, actorId: string): Promise<{ temporaryPassword: string }> {
      const temporaryPassword = newTemporaryPassword();
      const passwordHash = await hashPassword(temporaryPassword);
      await db.transaction(async (tx) => {
        const row = await staffRepository.update(tx, id, { passwordHash, mustChangePassword: true });
        if (!row) throw new AppError(ErrorCode.NOT_FOUND, 'no such staff member');
        await sessionRepository.deleteForStaff(tx, id);
        await auditRepository.record(tx, { action: AuditAction.staffPasswordReset, staffId: actorId, subject: subjectOf(id) });
      });
      events.publish('staff.sessionsEnded', { staffId: id });
      return { temporaryPassword };
    },

    /** Throws FORBIDDEN unless the staff member may counsel now (current roles, not those at connect time). */
    async assertCanCounsel(staffId: string): Promise<void> {
      const me = await staffRepository.byId(db, staffId);
      if (!me) throw new AppError(ErrorCode.UNAUTHENTICATED, 'staff account not found');
      if (!mayCounsel(me)) throw new AppError(ErrorCode.FORBIDDEN, 'only counselors and supervisors see the queue');
    },

    /** Going on duty needs a shift of one's own covering now (from DUTY_EARLY_MINUTES before it); going off never fails. */
    async setDuty(staffId: string, onDuty: boolean): Promise<boolean> {
      const at = now();
      // Conditional in one statement: a role removed or a shift deleted a moment ago cannot be overtaken by a stale check.
      const row = await staffRepository.setDuty(db, staffId, onDuty, at);
      if (!row) {
        const me = await staffRepository.byId(db, staffId);
        if (!me) throw new AppError(ErrorCode.UNAUTHENTICATED, 'staff account not found');
        if (!mayCounsel(me)) throw new AppError(ErrorCode.FORBIDDEN, 'only counselors and supervisors go on duty');
        throw new AppError(ErrorCode.NOT_ON_SHIFT, `no shift of yours covers now: you may go on duty from ${DUTY_EARLY_MINUTES} minutes before your shift`);
      }
      events.publish('duty.changed', { staffId, onDuty });
      events.publish('queue.changed', {});
      return onDuty;
    },
  };
}
