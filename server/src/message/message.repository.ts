import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { run, statement } from '../db/prepared.js';
import { messages } from '../db/schema.js';
import { open, seal, sealOrNull } from '../crypto/index.js';
import { previewOf } from '../consultation/consultation.rules.js';

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
  /**
   * A supervisor's whisper: `requireAssignee` may instead be a supervisor (active account, role read in the same
   * statement) who does not hold the chat, for a staff-only message to an active chat. Monitoring is checked before.
   */
  asMonitor?: boolean;
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
  kind: string;
  card: string | null;
}

/**
 * One statement (autocommit): the UPDATE takes the consultation's row lock and the next `seq`,
 * the INSERT uses it, so `seq` is gap-free and a replay `after seq` never skips a late commit.
 * $1 consultation, $2 sender, $3 sender staff, $4 sender name, $5 body, $6 visibility,
 * $7 clientMessageId, $8 the staff member who must hold the consultation (staff sends), $9 whether $8 may instead be
 * a supervisor whispering (visibility 'staff' only; see AppendInput.asMonitor), $10 the sealed preview (a visitor's first message).
 * $5 and $10 arrive sealed (AES-256-GCM, server/src/crypto): the database never sees the text.
 */
const APPEND = statement('message_append', `
  WITH c AS (
    UPDATE consultations
       SET last_seq = last_seq + 1,
           last_activity_at = now(),
           preview = CASE WHEN $2::text = 'visitor' AND preview IS NULL THEN $10::text ELSE preview END
     WHERE id = $1::uuid
       AND status <> 'closed'
       AND ($8::uuid IS NULL OR (status = 'active' AND (assigned_staff_id = $8::uuid OR ($9::boolean AND $6::text = 'staff'
             AND EXISTS (SELECT 1 FROM staff s WHERE s.id = $8::uuid AND s.active AND 'supervisor' = ANY(s.roles))))))
       AND ($7::text IS NULL OR NOT EXISTS (
             SELECT 1 FROM messages
              WHERE consultation_id = $1::uuid AND sender = $2::text AND client_message_id = $7::text))
    RETURNING last_seq)
  INSERT INTO messages (consultation_id, seq, sender, sender_staff_id, sender_name, body, visibility, client_message_id)
  SELECT $1::uuid, c.last_seq, $2::text, $3::uuid, $4::text, $5::text, $6::text, $7::text
    FROM c
  RETURNING id, seq, created_at`);

/**
 * Many appends in one statement and one commit (group commit), same rules as APPEND for each:
 * the consultations are locked in id order (so two batches never deadlock each other), each
 * accepted message takes the next gap-free `seq` of its consultation in input order, and a
 * refused one (closed, not the assignee, clientMessageId already stored) takes none and is not
 * returned. Two inputs with the same clientMessageId in one batch violate the unique index and
 * fail the whole statement: the caller then appends one by one. $1 is a JSON array of
 * {o (input index), c, s, sid, sn, b, p, v, cm, ra, w} as in APPEND ($8 ra, $9 w, $10 p; b and p sealed before the statement); $2 the distinct consultation ids
 * (a parameter, so the lock is an index lookup whatever the plan's guess of the batch size).
 */
const APPEND_MANY = statement('message_append_many', `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS i(o int, c uuid, s text, sid uuid, sn text, b text, p text, v text, cm text, ra uuid, w boolean)),
  locked AS (
    SELECT id, last_seq, status, assigned_staff_id FROM consultations
     WHERE id = ANY($2::uuid[]) ORDER BY id FOR UPDATE),
  accepted AS (
    SELECT i.*, l.last_seq + row_number() OVER (PARTITION BY i.c ORDER BY i.o) AS seq
      FROM input i JOIN locked l ON l.id = i.c
     WHERE l.status <> 'closed'
       AND (i.ra IS NULL OR (l.status = 'active' AND (l.assigned_staff_id = i.ra OR (coalesce(i.w, false) AND i.v = 'staff'
             AND EXISTS (SELECT 1 FROM staff st WHERE st.id = i.ra AND st.active AND 'supervisor' = ANY(st.roles))))))
       AND (i.cm IS NULL OR NOT EXISTS (
             SELECT 1 FROM messages m WHERE m.consultation_id = i.c AND m.sender = i.s AND m.client_message_id = i.cm))),
  bumped AS (
    UPDATE consultations t
       SET last_seq = a.top,
           last_activity_at = now(),
           preview = CASE WHEN t.preview IS NULL AND a.first_visitor IS NOT NULL THEN a.first_visitor ELSE t.preview END
      FROM (SELECT c, max(seq) AS top, (array_agg(p ORDER BY o) FILTER (WHERE s = 'visitor'))[1] AS first_visitor
              FROM accepted GROUP BY c) a
     WHERE t.id = a.c
    RETURNING t.id),
  inserted AS (
    INSERT INTO messages (consultation_id, seq, sender, sender_staff_id, sender_name, body, visibility, client_message_id)
    SELECT c, seq, s, sid, sn, b, v, cm FROM accepted
    RETURNING id, consultation_id, seq, created_at)
  SELECT a.o, n.id, n.seq, n.created_at FROM inserted n JOIN accepted a ON a.c = n.consultation_id AND a.seq = n.seq`);

const AFTER_ALL = statement('message_after_all', `
  SELECT id, consultation_id, seq, sender, sender_staff_id, sender_name, body, visibility, client_message_id, created_at, kind, card
    FROM messages WHERE consultation_id = $1::uuid AND seq > $2::bigint ORDER BY seq LIMIT $3::int`);

const AFTER_VISIBLE = statement('message_after_visible', `
  SELECT id, consultation_id, seq, sender, sender_staff_id, sender_name, body, visibility, client_message_id, created_at, kind, card
    FROM messages WHERE consultation_id = $1::uuid AND seq > $2::bigint AND visibility = 'all' ORDER BY seq LIMIT $3::int`);

/** The queue's preview of a visitor's message, sealed (only the first visitor message of a chat is kept). */
const sealedPreview = (m: AppendInput): string | null => (m.sender === 'visitor' ? sealOrNull(previewOf(m.body)) : null);

/** The stored row of an append: what was asked, plus what the database assigned. */
const written = (m: AppendInput, r: AppendedRow): MessageRow => ({
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
  kind: 'text',
  card: null,
});

const fromRaw = (r: RawMessage): MessageRow => ({
  id: r.id,
  consultationId: r.consultation_id,
  seq: r.seq,
  sender: r.sender as MessageRow['sender'],
  senderStaffId: r.sender_staff_id,
  senderName: r.sender_name,
  body: open(r.body),
  visibility: r.visibility as MessageRow['visibility'],
  clientMessageId: r.client_message_id,
  createdAt: new Date(r.created_at),
  kind: r.kind as MessageRow['kind'],
  card: r.card === null ? null : open(r.card),
});

export const messageRepository = {
  /** Appends one message; returns null when nothing was written (closed, not the assignee, or this clientMessageId is already stored). */
  async append(db: Db, m: AppendInput): Promise<MessageRow | null> {
    const [r] = await run<AppendedRow>(db, APPEND, [
      m.consultationId, m.sender, m.senderStaffId, m.senderName, seal(m.body), m.visibility, m.clientMessageId, m.requireAssignee, m.asMonitor ?? false,
      sealedPreview(m),
    ]);
    return r ? written(m, r) : null;
  },

  /** Appends many in one statement (APPEND_MANY); result i is input i's row, or null when it was refused. */
  async appendMany(db: Db, inputs: AppendInput[]): Promise<(MessageRow | null)[]> {
    const payload = inputs.map((m, o) => ({
      o, c: m.consultationId, s: m.sender, sid: m.senderStaffId, sn: m.senderName, b: seal(m.body), p: sealedPreview(m), v: m.visibility, cm: m.clientMessageId, ra: m.requireAssignee, w: m.asMonitor ?? false,
    }));
    const ids = [...new Set(inputs.map((m) => m.consultationId))];
    const stored = await run<AppendedRow & { o: number }>(db, APPEND_MANY, [JSON.stringify(payload), ids]);
    const out: (MessageRow | null)[] = inputs.map(() => null);
    for (const r of stored) out[r.o] = written(inputs[r.o]!, r);
    return out;
  },

  async byClientId(db: Db, consultationId: string, sender: AppendInput['sender'], clientMessageId: string): Promise<MessageRow | undefined> {
    const [row] = await db
      .select()
      .from(messages)
      .where(and(eq(messages.consultationId, consultationId), eq(messages.sender, sender), eq(messages.clientMessageId, clientMessageId)));
    return row && { ...row, body: open(row.body), card: row.card === null ? null : open(row.card) };
  },

  async after(db: Db, consultationId: string, afterSeq: number, includeStaffOnly: boolean, limit = SYNC_PAGE + 1): Promise<MessageRow[]> {
    const rowsOf = await run<RawMessage>(db, includeStaffOnly ? AFTER_ALL : AFTER_VISIBLE, [consultationId, afterSeq, limit]);
    return rowsOf.map(fromRaw);
  },
};
