/**
 * Returning visitors (issue 12): a return key links a new consultation to the earlier ones (a history), the visitor
 * may ask for the same counselor, and that counselor sees the earlier consultations beside the chat.
 *
 * `/visitor`: `consultation:start` takes `returnKey?` (given = the visitor confirmed linking) and `preferCounselor?`;
 * its ack adds `linked`. After a close: `returnKey:keep` → `{returnKey}` (a fresh key for the whole history; an older
 * one stops working), `returnKey:forget` → `{}`. Before starting: `returnKey:check` → what the key opens, for the
 * "welcome back" confirmation (and the referral cards kept with it). While a preferred counselor is awaited:
 * `consultation:prefer {choice}`.
 * `/staff`: `consultation:history {consultationId}` → the earlier consultations; their transcripts through
 * `messages:sync` with their ids (a read of a transcript not one's own is audited as `transcript.read`).
 */
import { z } from 'zod';
import type { Audience, Outcome, Topic } from '../domain.js';
import { InputTextSchema } from './common.schemas.js';
import type { ReferralCard } from './directory.schemas.js';

/** Shown as XXXX-XXXX-XXXX-XXXX; spaces, hyphens and case are forgiven, like the resume code. */
export const ReturnKeySchema = InputTextSchema.trim().min(8).max(40);

export const ReturnKeyCheckSchema = z.object({ returnKey: ReturnKeySchema });
export type ReturnKeyCheck = z.infer<typeof ReturnKeyCheckSchema>;

/** What a start with a confirmed return key adds to its ack. */
export interface LinkedHistory {
  /** Earlier consultations in the history (not counting the new one). */
  previousCount: number;
  /** The counselor of the latest earlier consultation that had one (a display name). */
  counselorName?: string;
  /**
   * With `preferCounselor` when that counselor is not on duty now: when their next shift starts (ISO 8601); `null` when
   * none is planned. Absent when they are on duty (the chat is offered to them first) or no counselor was asked for.
   */
  counselorNextShiftAt?: string | null;
}

/** `returnKey:check`: what the key would link to, and the referral cards kept in the history (newest first). */
export interface ReturnKeyChecked {
  previousCount: number;
  counselorName?: string;
  lastConsultationAt: string;
  cards: ReferralCard[];
}

/**
 * While the asked-for counselor is off duty: wait for them (the chat stays reserved for them until their next shift
 * ends), leave a message for them (the same reservation; the visitor may close the page and is not closed as
 * abandoned meanwhile), or talk with whoever is on duty now (the reservation ends at once).
 */
export const PREFER_CHOICES = ['wait', 'message', 'anyone'] as const;
export type PreferChoice = (typeof PREFER_CHOICES)[number];
export const ConsultationPreferSchema = z.object({ choice: z.enum(PREFER_CHOICES) });
export type ConsultationPrefer = z.infer<typeof ConsultationPreferSchema>;

/** How a queued chat is reserved for the counselor the visitor asked for (staff see it on the queue item). */
export const PREFERRED_MODES = ['first', 'wait', 'message'] as const;
export type PreferredMode = (typeof PREFERRED_MODES)[number];
export interface PreferredCounselor {
  staffId: string;
  name: string;
  /** `first`: offered to them first while on duty; `wait`/`message`: the visitor chose to wait for them. */
  mode: PreferredMode;
  /** When the reservation ends and the chat is for everyone (ISO 8601). */
  until: string;
  /** With `wait`/`message`: when that counselor's next shift starts (ISO 8601), for "waiting for X (next on 12/3 19:00)". */
  nextShiftAt?: string | null;
}

export const ConsultationHistoryRequestSchema = z.object({ consultationId: z.uuid() });
export type ConsultationHistoryRequest = z.infer<typeof ConsultationHistoryRequestSchema>;

export interface HistoryConsultation {
  id: string;
  createdAt: string;
  closedAt: string | null;
  topic: Topic;
  audience: Audience;
  outcome: Outcome | null;
  tags: string[];
  counselorName: string | null;
  /** False once the retention purge or the visitor's deletion removed its messages. */
  hasTranscript: boolean;
}
/** Oldest first, without the consultation asked about. */
export interface ConsultationHistory {
  consultations: HistoryConsultation[];
}
