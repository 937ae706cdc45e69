/**
 * The family intake (issue 12): optional, structured answers a family member may give when starting. Categories
 * only (no free text), so they are kept for reports after the content is purged, like the topic.
 */
import { z } from 'zod';

export const FAMILY_RELATIONSHIPS = ['parent', 'sibling', 'partner', 'other'] as const;
export type FamilyRelationship = (typeof FAMILY_RELATIONSHIPS)[number];

/** The age band of the person the family member is worried about. */
export const FAMILY_AGE_BANDS = ['under15', '15-19', '20-29', '30-39', '40-49', '50-64', '65plus'] as const;
export type FamilyAgeBand = (typeof FAMILY_AGE_BANDS)[number];

/** How long the withdrawal has lasted. */
export const FAMILY_DURATIONS = ['under6m', '6m-1y', '1-3y', '3-5y', '5-10y', 'over10y', 'unknown'] as const;
export type FamilyDuration = (typeof FAMILY_DURATIONS)[number];

/** What the family member hopes for: how to talk with them, getting them to support, their own exhaustion. */
export const FAMILY_HOPES = ['talk', 'support', 'exhaustion'] as const;
export type FamilyHope = (typeof FAMILY_HOPES)[number];

export const FamilyIntakeSchema = z.object({
  relationship: z.enum(FAMILY_RELATIONSHIPS).optional(),
  ageBand: z.enum(FAMILY_AGE_BANDS).optional(),
  duration: z.enum(FAMILY_DURATIONS).optional(),
  hopes: z.array(z.enum(FAMILY_HOPES)).max(FAMILY_HOPES.length).optional(),
});
/** Every field optional; sent with `consultation:start` only when `audience` is `family` (else INVALID_PAYLOAD on `family`). */
export type FamilyIntake = z.infer<typeof FamilyIntakeSchema>;
