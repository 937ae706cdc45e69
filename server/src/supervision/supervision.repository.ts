import {
  OVERVIEW_LIMIT, type Audience, type OverviewConsultation, type OverviewEscalation, type RiskLevel, type Topic,
} from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { iso, rows } from '../db/raw.js';
import { open } from '../crypto/index.js';

interface RawChat {
  id: string;
  status: 'queued' | 'active';
  audience: Audience;
  topic: Topic;
  nickname: string | null;
  risk_level: RiskLevel;
  priority: number;
  requested_team: string | null;
  created_at: Date | string;
  since: Date | string;
  assigned_staff_id: string | null;
  counselor_name: string | null;
}

interface RawEscalation {
  id: string;
  consultation_id: string;
  level: OverviewEscalation['level'];
  status: OverviewEscalation['status'];
  note: string | null;
  raised_by: string | null;
  raiser_name: string | null;
  created_at: Date | string;
  acknowledged_at: Date | string | null;
}

export const supervisionRepository = {
  /**
   * Queued and active chats, most urgent first (risk, then waiting before talking, then longest waiting), one more than
   * the limit to tell whether there are more. A queued chat waits since it last entered the queue (its latest queued,
   * requeued or transferred event); an active one since it was claimed.
   */
  async openChats(db: Db): Promise<{ chats: OverviewConsultation[]; truncated: boolean }> {
    const r = await rows<RawChat>(db, sql`
      SELECT c.id, c.status, c.audience, c.topic, c.nickname, c.risk_level, c.priority, c.requested_team, c.created_at,
             c.assigned_staff_id, s.display_name AS counselor_name,
             CASE WHEN c.status = 'active' THEN coalesce(c.claimed_at, c.created_at)
                  ELSE coalesce((SELECT max(e.created_at) FROM consultation_events e
                                  WHERE e.consultation_id = c.id AND e.type IN ('queued', 'requeued', 'transferred')), c.created_at)
             END AS since
        FROM consultations c LEFT JOIN staff s ON s.id = c.assigned_staff_id
       WHERE c.status IN ('queued', 'active')
       ORDER BY c.risk_rank DESC, (c.status = 'queued') DESC, since, c.id
       LIMIT ${OVERVIEW_LIMIT + 1}`);
    const chats = r.slice(0, OVERVIEW_LIMIT).map((x): OverviewConsultation => ({
      id: x.id,
      status: x.status,
      audience: x.audience,
      topic: x.topic,
      ...(x.nickname ? { nickname: x.nickname } : {}),
      riskLevel: x.risk_level,
      priority: x.priority,
      ...(x.requested_team ? { requestedTeam: x.requested_team } : {}),
      createdAt: iso(x.created_at)!,
      since: iso(x.since)!,
      ...(x.assigned_staff_id && x.status === 'active' ? { counselor: { staffId: x.assigned_staff_id, displayName: x.counselor_name ?? '' } } : {}),
    }));
    return { chats, truncated: r.length > OVERVIEW_LIMIT };
  },

  /** Escalations not yet resolved: emergencies first, then oldest first (on the open-escalations index). */
  async openEscalations(db: Db): Promise<OverviewEscalation[]> {
    const r = await rows<RawEscalation>(db, sql`
      SELECT e.id, e.consultation_id, e.level, e.status, e.note, e.raised_by, s.display_name AS raiser_name, e.created_at, e.acknowledged_at
        FROM escalations e LEFT JOIN staff s ON s.id = e.raised_by
       WHERE e.status <> 'resolved'
       ORDER BY (e.level = 'emergency') DESC, (e.status = 'open') DESC, e.created_at
       LIMIT 200`);
    return r.map((x): OverviewEscalation => ({
      id: x.id,
      consultationId: x.consultation_id,
      level: x.level,
      status: x.status,
      ...(x.note ? { note: open(x.note) } : {}),
      ...(x.raised_by ? { raisedBy: { staffId: x.raised_by, displayName: x.raiser_name ?? '' } } : {}),
      createdAt: iso(x.created_at)!,
      ...(x.acknowledged_at ? { acknowledgedAt: iso(x.acknowledged_at)! } : {}),
    }));
  },
};
