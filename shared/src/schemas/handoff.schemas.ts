/**
 * The hand-off contract (issue 8): a counselor hands a chat to a named colleague (warm: offered, then accepted,
 * declined or expired) or back to the queue for a team (cold: at once). Warm goes to a person and cold to a team;
 * the other two pairings are refused as INVALID_PAYLOAD on `mode` (a team has nobody to accept an offer, and a chat
 * pushed onto a person who never agreed would sit unread).
 */
import { z } from 'zod';
import type { ConsultationView, WireMessage } from '../wire.js';
import { IdSchema, InputTextSchema, TeamSchema } from './common.schemas.js';

/** Seconds a warm offer waits for an answer unless HANDOFF_OFFER_SECONDS says otherwise. */
export const HANDOFF_OFFER_SECONDS_DEFAULT = 120;
export const HANDOFF_NOTE_MAX = 1000;

export const HandoffMode = { warm: 'warm', cold: 'cold' } as const;
export type HandoffMode = (typeof HandoffMode)[keyof typeof HandoffMode];

export const HandoffTargetSchema = z.union([z.strictObject({ staffId: IdSchema }), z.strictObject({ team: TeamSchema })]);
export type HandoffTarget = z.infer<typeof HandoffTargetSchema>;

/** `consultation:transfer`. The note is staff content: it travels as a staff-only message, never to the visitor. */
export const ConsultationTransferSchema = z
  .object({
    consultationId: IdSchema,
    to: HandoffTargetSchema,
    mode: z.enum([HandoffMode.warm, HandoffMode.cold]),
    note: InputTextSchema.trim().max(HANDOFF_NOTE_MAX).optional(),
  })
  .superRefine((v, ctx) => {
    const toPerson = 'staffId' in v.to;
    if (toPerson !== (v.mode === HandoffMode.warm)) {
      ctx.addIssue({ code: 'custom', path: ['mode'], message: 'warm hand-offs go to a person, cold ones to a team' });
    }
  });
export type ConsultationTransfer = z.infer<typeof ConsultationTransferSchema>;

/** `handoff:respond`: the offered colleague accepts or declines. */
export const HandoffRespondSchema = z.object({ handoffId: IdSchema, accept: z.boolean() });
export type HandoffRespond = z.infer<typeof HandoffRespondSchema>;

export interface HandoffParty {
  staffId: string;
  displayName: string;
}

/** Server → the offered colleague. */
export interface HandoffOffered {
  handoffId: string;
  consultation: ConsultationView;
  note: string;
  from: HandoffParty;
  /** When the offer lapses unanswered (ISO 8601). */
  expiresAt: string;
}

/** Server → both sides of a warm hand-off once accepted; to the sender of a cold one (`to` is then the team). */
export interface HandoffCompleted {
  handoffId: string;
  consultationId: string;
  mode: HandoffMode;
  from: HandoffParty;
  to: HandoffParty | { team: string };
}

/**
 * `handoff:declined` and `handoff:expired` (to the sender, whose chat stays theirs, and to the offered colleague, whose
 * prompt goes away); `handoff:cancelled` to both when the chat closed or left the sender before an answer.
 */
export interface HandoffEnded {
  handoffId: string;
  consultationId: string;
}

/** The ack of `consultation:transfer`: warm → the open offer; cold → completed at once. */
export interface HandoffCreated {
  handoffId: string;
  status: 'offered' | 'completed';
  /** Warm only. */
  expiresAt?: string;
}

/** The ack of `handoff:respond`: on accept the chat is the caller's, with its whole history (as a claim answers). */
export type HandoffResponded =
  | { handoffId: string; accepted: true; consultation: ConsultationView; messages: WireMessage[] }
  | { handoffId: string; accepted: false };

/** Who a chat can be handed to now (`handoff:candidates`): colleagues on duty and on shift, and every team. */
export interface HandoffCandidate extends HandoffParty {
  teams: string[];
  load: number;
  maxConcurrent: number;
}
export interface HandoffTeam {
  team: string;
  /** Members on duty now; 0 means anyone may take it from the queue. */
  onDuty: number;
}
export interface HandoffCandidates {
  people: HandoffCandidate[];
  teams: HandoffTeam[];
}
