import { AppError, AuditAction, ErrorCode, type Service, type ServiceInput, type ServicePatch, type ServiceQuery } from '@hidamari/shared';
import { auditRepository } from '../audit/audit.repository.js';
import type { Db } from '../db/client.js';
import { directoryRepository as repo } from './directory.repository.js';
import { fieldsOf, patchFields, toService } from './directory.rules.js';

export type DirectoryService = ReturnType<typeof createDirectoryService>;

const subjectOf = (id: string) => `service:${id}`;
const missing = () => new AppError(ErrorCode.NOT_FOUND, 'no such service');

/**
 * The directory of local services: admins keep it (each change audited, in its transaction); counselors search it
 * beside the chat. Public information, so nothing here is sealed.
 */
export function createDirectoryService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    async search(query: ServiceQuery): Promise<Service[]> {
      return (await repo.search(db, query)).map(toService);
    },

    async get(id: string): Promise<Service> {
      const row = await repo.byId(db, id);
      if (!row) throw missing();
      return toService(row);
    },

    async create(staffId: string | null, input: ServiceInput): Promise<Service> {
      return db.transaction(async (tx) => {
        const row = await repo.insert(tx, fieldsOf(input));
        await auditRepository.record(tx, { action: AuditAction.serviceCreated, staffId, subject: subjectOf(row.id), data: { kind: row.kind, name: row.name } });
        return toService(row);
      });
    },

    async update(staffId: string | null, id: string, patch: ServicePatch): Promise<Service> {
      return db.transaction(async (tx) => {
        const row = await repo.update(tx, id, patchFields(patch), now());
        if (!row) throw missing();
        await auditRepository.record(tx, { action: AuditAction.serviceUpdated, staffId, subject: subjectOf(id), data: { keys: Object.keys(patch) } });
        return toService(row);
      });
    },

    async remove(staffId: string | null, id: string): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await repo.remove(tx, id);
        if (!row) throw missing();
        await auditRepository.record(tx, { action: AuditAction.serviceDeleted, staffId, subject: subjectOf(id), data: { kind: row.kind, name: row.name } });
      });
    },
  };
}
