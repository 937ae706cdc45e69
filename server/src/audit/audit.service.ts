import type { AuditEntry } from '@hidamari/shared';
import type { Db } from '../db/client.js';
import { auditRepository } from './audit.repository.js';

export type AuditService = ReturnType<typeof createAuditService>;

/** Reading the audit log (writing happens in each change's own transaction, through the repository). */
export function createAuditService(deps: { db: Db }) {
  return {
    list(query: { before?: number | undefined; limit: number }): Promise<AuditEntry[]> {
      return auditRepository.list(deps.db, { ...(query.before ? { before: query.before } : {}), limit: query.limit });
    },
  };
}
