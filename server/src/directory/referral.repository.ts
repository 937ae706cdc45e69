import type { ReferralCard } from '@hidamari/shared';
import type { Db } from '../db/client.js';
import { run, statement } from '../db/prepared.js';
import { seal } from '../crypto/index.js';
import type { MessageRow } from '../message/message.repository.js';

export interface CardAppend {
  consultationId: string;
  staffId: string;
  senderName: string;
  /** The card in plain words (sealed here, like every body). */
  body: string;
  card: ReferralCard;
}

/**
 * One statement, so one transaction: the UPDATE takes the consultation's row lock and its next `seq` (only while
 * $2 holds it and it is active, as APPEND does for staff sends), the message is the card (body and card sealed),
 * and the referral row keeps only the service's kind and area, for reports. Kept apart from APPEND and the batcher
 * so the hot text path stays as it is. A service deleted meanwhile leaves the referral without its id.
 * $1 consultation, $2 staff, $3 sender name, $4 sealed body, $5 sealed card, $6 service, $7 kind, $8 prefecture, $9 municipality.
 */
const APPEND_CARD = statement('referral_append_card', `
  WITH c AS (
    UPDATE consultations SET last_seq = last_seq + 1, last_activity_at = now()
     WHERE id = $1::uuid AND status = 'active' AND assigned_staff_id = $2::uuid
    RETURNING last_seq),
  m AS (
    INSERT INTO messages (consultation_id, seq, sender, sender_staff_id, sender_name, body, visibility, kind, card)
    SELECT $1::uuid, c.last_seq, 'staff', $2::uuid, $3::text, $4::text, 'all', 'card', $5::text FROM c
    RETURNING id, seq, created_at),
  r AS (
    INSERT INTO referrals (consultation_id, service_id, staff_id, kind, prefecture, municipality)
    SELECT $1::uuid, (SELECT s.id FROM services s WHERE s.id = $6::uuid), $2::uuid, $7::text, $8::text, $9::text FROM m)
  SELECT id, seq, created_at FROM m`);

export const referralRepository = {
  /** The stored card message, or null when the staff member no longer holds an active chat. */
  async appendCard(db: Db, a: CardAppend): Promise<MessageRow | null> {
    const cardJson = JSON.stringify(a.card);
    const [r] = await run<{ id: string; seq: number; created_at: Date | string }>(db, APPEND_CARD, [
      a.consultationId, a.staffId, a.senderName, seal(a.body), seal(cardJson), a.card.serviceId, a.card.kind, a.card.area.prefecture,
      a.card.area.municipality ?? null,
    ]);
    if (!r) return null;
    return {
      id: r.id, consultationId: a.consultationId, seq: Number(r.seq), sender: 'staff', senderStaffId: a.staffId, senderName: a.senderName,
      body: a.body, visibility: 'all', clientMessageId: null, createdAt: new Date(r.created_at), kind: 'card', card: cardJson,
    };
  },
};
