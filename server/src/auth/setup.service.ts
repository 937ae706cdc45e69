import { AppError, AuditAction, ErrorCode, type Setup, type StaffView } from '@hidamari/shared';
import { auditRepository } from '../audit/audit.repository.js';
import type { Db } from '../db/client.js';
import { staffRepository } from '../staff/staff.repository.js';
import { staffChanges } from '../staff/staff.rules.js';
import type { StaffService } from '../staff/staff.service.js';
import { sessionRepository } from './session.repository.js';
import { hashToken, newToken } from './tokens.js';

export type SetupService = ReturnType<typeof createSetupService>;

/** The first admin: from ADMIN_LOGIN/ADMIN_PASSWORD, or through a one-time set-up link. */
export function createSetupService(deps: { db: Db; staff: Pick<StaffService, 'create'> }) {
  const { db, staff } = deps;

  return {
    async needed(): Promise<boolean> {
      return !(await staffRepository.adminExists(db));
    },

    /**
     * At start-up: creates the env admin when no admin exists; otherwise, with no
     * admin and no env admin, returns a fresh one-time set-up token to log.
     */
    async bootstrap(env: { ADMIN_LOGIN?: string; ADMIN_PASSWORD?: string }): Promise<{ createdAdmin?: string; setupToken?: string }> {
      if (await staffRepository.adminExists(db)) return {};
      if (env.ADMIN_LOGIN && env.ADMIN_PASSWORD) {
        const existing = await staffRepository.byLoginId(db, env.ADMIN_LOGIN);
        if (existing) {
          const roles = [...new Set([...existing.roles, 'admin' as const])];
          await db.transaction(async (tx) => {
            await staffRepository.update(tx, existing.id, { roles, active: true });
            const changes = staffChanges(existing, { roles, active: true });
            // Made admin by the operator's ADMIN_LOGIN at start-up: recorded as the system's change.
            await auditRepository.record(tx, { action: AuditAction.staffUpdated, staffId: null, subject: `staff:${existing.id}`, data: { changes } });
          });
        } else {
          await staff.create({ loginId: env.ADMIN_LOGIN, displayName: 'Admin', password: env.ADMIN_PASSWORD, roles: ['admin'] });
        }
        return { createdAdmin: env.ADMIN_LOGIN };
      }
      const token = newToken();
      await sessionRepository.insertSetupToken(db, hashToken(token));
      return { setupToken: token };
    },

    async complete(input: Setup): Promise<StaffView> {
      if (await staffRepository.adminExists(db)) throw new AppError(ErrorCode.CONFLICT, 'set-up is already done');
      if (!(await sessionRepository.useSetupToken(db, hashToken(input.token)))) {
        throw new AppError(ErrorCode.FORBIDDEN, 'this set-up link is not valid or was already used', 'token');
      }
      return staff.create({ loginId: input.loginId, displayName: input.displayName, password: input.password, roles: ['admin'] });
    },
  };
}
