/**
 * Risk triage (issue 8): the admin-editable phrase list (settings key `riskPhrases`), `risk:flagged` to the
 * counselor and on-duty supervisors, `risk:set` to change a level with a reason, `risk:get` for the matched words.
 */
import { z } from 'zod';
import { RISK_LEVELS, type RiskLevel } from '../domain.js';
import { IdSchema, InputTextSchema } from './common.schemas.js';

export const RISK_LIMITS = {
  /** Characters in one phrase. */
  phrase: 60,
  /** Phrases in the list (the matcher is measured at 500; this leaves room). */
  phrases: 1000,
  /** Characters in the reason for a manual change. */
  reason: 500,
} as const;

/** A phrase raises a consultation to one of these; `none` is only ever set by a person. */
export const PHRASE_LEVELS = ['high', 'elevated'] as const satisfies readonly RiskLevel[];
export type PhraseLevel = (typeof PHRASE_LEVELS)[number];

export const RiskLevelSchema = z.enum(RISK_LEVELS);

export const RiskPhraseSchema = z.object({
  // At least one letter or digit: spaces and punctuation are ignored when matching, so a phrase of only those would match nothing.
  phrase: InputTextSchema.trim().min(1).max(RISK_LIMITS.phrase).regex(/[\p{L}\p{N}]/u, 'must contain a letter or digit'),
  level: z.enum(PHRASE_LEVELS),
});
export type RiskPhrase = z.infer<typeof RiskPhraseSchema>;

export const RiskPhrasesSchema = z.array(RiskPhraseSchema).max(RISK_LIMITS.phrases);

/** Answers are serialized through plain shapes. */
export const RiskPhrasesViewSchema = z.array(z.object({ phrase: z.string(), level: z.enum(PHRASE_LEVELS) }));

/** `risk:flagged` (server → staff): a visitor's words raised the level. `matched`: the list's phrases, never the message. */
export interface RiskFlagged {
  consultationId: string;
  level: PhraseLevel;
  matched: string[];
}

/** `risk:set`: the assigned counselor or a supervisor sets the level (lower or higher); the reason is required. */
export const RiskSetSchema = z.object({
  consultationId: IdSchema,
  level: RiskLevelSchema,
  reason: InputTextSchema.trim().min(1).max(RISK_LIMITS.reason),
});
export type RiskSet = z.infer<typeof RiskSetSchema>;

/** `risk:get` → `{riskLevel, matched}`: every phrase that has raised this consultation, first raised first. */
export const RiskGetSchema = z.object({ consultationId: IdSchema });
export type RiskGet = z.infer<typeof RiskGetSchema>;

export interface RiskDetails {
  riskLevel: RiskLevel;
  matched: string[];
}
