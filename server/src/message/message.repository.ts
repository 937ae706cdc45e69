import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rows } from '../db/raw.js';
import { messages } from '../db/schema.js';

/** `messages:sync` answers at most this many messages; `hasMore` says to ask again after the last seq. */
export const SYNC_PAGE = 1000;

export type MessageRow = typeof messages.$inferSelect;

export interface AppendInput {
  consultationId: string;
  sender: 'visitor' | 'staff' | 'system';
  senderStaffId: string | null;
  senderName: string | null;
  body: string;
  visibility: 'all' | 'staff';
  clientMessageId: string | null;
  /** Only append while this staff member holds the consultation (staff sends). */
  requireAssignee: string | null;
}

interface AppendedRow {
  id: string;
  seq: number;
  created_at: Date | string;
}

export const messageRepository = {
  /**
   * Appends in one statement (autocommit): the UPDATE takes the consultation's row
   * lock and the next `seq`, the INSERT uses it, so `seq` is gap-free and a replay
   * `after seq` never skips a late commit. Returns null when nothing was written
   * (closed, not the assignee, or this clientMessageId is already stored).
   */
  async append(db: Db, m: AppendInput): Promise<MessageRow | null> {
    const [r] = await rows<AppendedRow>(
      db,
      sql`WITH c AS (
        UPDATE consultations
           SET last_seq = last_seq + 1,
               last_activity_at = now(),
               preview = CASE WHEN ${m.sender} = 'visitor' AND preview IS NULL THEN left(${m.body}, 140) ELSE preview END
         WHERE id = ${m.consultationId}
           AND status <> 'closed'
           AND (${m.requireAssignee}::uuid IS NULL OR (assigned_staff_id = ${m.requireAssignee}::uuid AND status = 'active'))
           AND (${m.clientMessageId}::text IS NULL OR NOT EXISTS (
                 SELECT 1 FROM messages
                  WHERE consultation_id = ${m.consultationId} AND sender = ${m.sender} AND client_message_id = ${m.clientMessageId}))
        RETURNING last_seq)
      INSERT INTO messages (consultation_id, seq, sender, sender_staff_id, sender_name, body, visibility, client_message_id)
      SELECT ${m.consultationId}, c.last_seq, ${m.sender}, ${m.senderStaffId}, ${m.senderName}, ${m.body}, ${m.visibility}, ${m.clientMessageId}
        FROM c
      RETURNING id, seq, created_at`,
    );
    if (!r) return null;
    return {
      id: r.id,
      consultationId: m.consultationId,
      seq: r.seq,
      sender: m.sender,
      senderStaffId: m.senderStaffId,
      senderName: m.senderName,
      body: m.body,
      visibility: m.visibility,
      clientMessageId: m.clientMessageId,
      createdAt: new Date(r.created_at),
    };
  },

  async byClientId(db: Db, consultationId: string, sender: AppendInput['sender'], clientMessageId: string): Promise<MessageRow | undefined> {
    const [row] = await db
      .select()
      .from(messages)
      .where(and(eq(messages.consultationId, consultationId), eq(messages.sender, sender), eq(messages.clientMessageId, clientMessageId)));
    return row;
  },

  async after(db: Db, consultationId: string, afterSeq: number, includeStaffOnly: boolean, limit = SYNC_PAGE + 1): Promise<MessageRow[]> {
    const where = includeStaffOnly
      ? and(eq(messages.consultationId, consultationId), gt(messages.seq, afterSeq))
      : and(eq(messages.consultationId, consultationId), gt(messages.seq, afterSeq), eq(messages.visibility, 'all'));
    return db.select().from(messages).where(where).orderBy(asc(messages.seq)).limit(limit);
  },
};
