import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { run, statement } from '../db/prepared.js';
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

interface RawMessage extends AppendedRow {
  consultation_id: string;
  sender: string;
  sender_staff_id: string | null;
  sender_name: string | null;
  body: string;
  visibility: string;
  client_message_id: string | null;
}

/**
 * One statement (autocommit): the UPDATE takes the consultation's row lock and the next `seq`,
 * the INSERT uses it, so `seq` is gap-free and a replay `after seq` never skips a late commit.
 * $1 consultation, $2 sender, $3 sender staff, $4 sender name, $5 body, $6 visibility,
 * $7 clientMessageId, $8 the staff member who must hold the consultation (staff sends).
 */
const APPEND = statement('message_append', `
  WITH c AS (
    UPDATE consultations
       SET last_seq = last_seq + 1,
           last_activity_at = now(),
           preview = CASE WHEN $2::text = 'visitor' AND preview IS NULL THEN left($5::text, 140) ELSE preview END
     WHERE id = $1::uuid
       AND status <> 'closed'
       AND ($8::uuid IS NULL OR (assigned_staff_id = $8::uuid AND status = 'active'))
       AND ($7::text IS NULL OR NOT EXISTS (
             SELECT 1 FROM messages
              WHERE consultation_id = $1::uuid AND sender = $2::text AND client_message_id = $7::text))
    RETURNING last_seq)
  INSERT INTO messages (consultation_id, seq, sender, sender_staff_id, sender_name, body, visibility, client_message_id)
  SELECT $1::uuid, c.last_seq, $2::text, $3::uuid, $4::text, $5::text, $6::text, $7::text
    FROM c
  RETURNING id, seq, created_at`);

const AFTER_ALL = statement('message_after_all', `
  SELECT id, consultation_id, seq, sender, sender_staff_id, sender_name, body, visibility, client_message_id, created_at
    FROM messages WHERE consultation_id = $1::uuid AND seq > $2::bigint ORDER BY seq LIMIT $3::int`);

const AFTER_VISIBLE = statement('message_after_visible', `
  SELECT id, consultation_id, seq, sender, sender_staff_id, sender_name, body, visibility, client_message_id, created_at
    FROM messages WHERE consultation_id = $1::uuid AND seq > $2::bigint AND visibility = 'all' ORDER BY seq LIMIT $3::int`);

const fromRaw = (r: RawMessage): MessageRow => ({
  id: r.id,
  consultationId: r.consultation_id,
  seq: r.seq,
  sender: r.sender as MessageRow['sender'],
  senderStaffId: r.sender_staff_id,
  senderName: r.sender_name,
  body: r.body,
  visibility: r.visibility as MessageRow['visibility'],
  clientMessageId: r.client_message_id,
  createdAt: new Date(r.created_at),
});

export const messageRepository = {
  /** Appends one message; returns null when nothing was written (closed, not the assignee, or this clientMessageId is already stored). */
  async append(db: Db, m: AppendInput): Promise<MessageRow | null> {
    const [r] = await run<AppendedRow>(db, APPEND, [
      m.consultationId, m.sender, m.senderStaffId, m.senderName, m.body, m.visibility, m.clientMessageId, m.requireAssignee,
    ]);
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
    const rowsOf = await run<RawMessage>(db, includeStaffOnly ? AFTER_ALL : AFTER_VISIBLE, [consultationId, afterSeq, limit]);
    return rowsOf.map(fromRaw);
  },
};
