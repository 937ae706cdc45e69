import type { Audience, ConsultationStart, FamilyIntake } from '@hidamari/shared';

/** The visitor confirmed linking to their earlier consultations (and may have asked for the same counselor). */
export interface ReturnLink {
  returnKey: string;
  preferCounselor: boolean;
}

/** Whether any family answer was given. */
export function hasFamilyAnswers(f: FamilyIntake): boolean {
  return !!(f.relationship || f.ageBand || f.duration || (f.hopes && f.hopes.length > 0));
}

/**
 * What the intake adds to `consultation:start`: the return key only when the visitor confirmed it this time (never
 * silently), the counselor only with it, and the family answers only for a family consultation that gave some.
 */
export function intakeExtras(audience: Audience, link: ReturnLink | null, family: FamilyIntake): Pick<ConsultationStart, 'returnKey' | 'preferCounselor' | 'family'> {
  const extras: Pick<ConsultationStart, 'returnKey' | 'preferCounselor' | 'family'> = {};
  if (link) {
    extras.returnKey = link.returnKey;
    if (link.preferCounselor) extras.preferCounselor = true;
  }
  if (audience === 'family' && hasFamilyAnswers(family)) {
    const { relationship, ageBand, duration, hopes } = family;
    extras.family = {
      ...(relationship && { relationship }), ...(ageBand && { ageBand }), ...(duration && { duration }), ...(hopes?.length && { hopes }),
    };
  }
  return extras;
}
