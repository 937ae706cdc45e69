import type { AuditAction, AuditEntry } from '@hidamari/shared';
import { desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { auditLog, staff } from '../db/schema.js';

export interface AuditRecord {
  action: AuditAction;
  /** Who did it; null for the system (the sweeper, start-up). */
  staffId: string | null;
  subject?: string;
  consultationId?: string;
  /** Never conversation content, never a password or token. */
  data?: Record<string, unknown>;
}

/** Write it in the transaction of the change it records, so the log and the change commit together or not at all. */
export const auditRepository = {
  async record(db: Db, entry: AuditRecord): Promise<void> {
    await db.insert(auditLog).values({
      action: entry.action,
      staffId: entry.staffId,
      subject: entry.subject ?? null,
      consultationId: entry.consultationId ?? null,
      data: entry.data ?? {},
    });
  },

  /** Newest first; `before` (an entry id) pages back. */
  async list(db: Db, opts: { before?: number; limit: number }): Promise<AuditEntry[]> {
    const rows = await db
      .select({ entry: auditLog, staffName: staff.displayName })
      .from(auditLog)
      .leftJoin(staff, eq(staff.id, auditLog.staffId))
      .where(opts.before ? lt(auditLog.id, opts.before) : undefined)
      .orderBy(desc(auditLog.id))
      .limit(opts.limit);
    return rows.map(({ entry, staffName }) => ({
      id: entry.id,
      action: entry.action as AuditAction,
      ...(entry.staffId ? { staffId: entry.staffId } : {}),
      ...(staffName ? { staffName } : {}),
      ...(entry.subject ? { subject: entry.subject } : {}),
      ...(entry.consultationId ? { consultationId: entry.consultationId } : {}),
      data: entry.data as Record<string, unknown>,
      createdAt: entry.createdAt.toISOString(),
    }));
  },
};
