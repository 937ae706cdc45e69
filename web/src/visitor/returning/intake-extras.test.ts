import { describe, expect, it } from 'vitest';
import { ConsultationStartSchema } from '@hidamari/shared';
import { hasFamilyAnswers, intakeExtras } from './intake-extras';

const KEY = 'ABCD-EFGH-JKLM-NPQR';

describe('what the intake adds to the start', () => {
  it('should send the return key only when linking was confirmed, and the counselor only with it', () => {
    expect(intakeExtras('self', null, {})).toEqual({});
    expect(intakeExtras('self', { returnKey: KEY, preferCounselor: false }, {})).toEqual({ returnKey: KEY });
    expect(intakeExtras('self', { returnKey: KEY, preferCounselor: true }, {})).toEqual({ returnKey: KEY, preferCounselor: true });
  });

  it('should send only the family answers given, and only for a family consultation', () => {
    const family = { relationship: 'parent' as const, hopes: ['talk' as const, 'exhaustion' as const] };
    expect(intakeExtras('family', null, family)).toEqual({ family: { relationship: 'parent', hopes: ['talk', 'exhaustion'] } });
    expect(intakeExtras('self', null, family)).toEqual({});
    expect(intakeExtras('family', null, { hopes: [] })).toEqual({});
    expect(hasFamilyAnswers({})).toBe(false);
    expect(hasFamilyAnswers({ duration: 'unknown' })).toBe(true);
  });

  it('should make a start the shared schema accepts', () => {
    const start = { audience: 'family' as const, topic: 'family' as const, ...intakeExtras('family', { returnKey: KEY, preferCounselor: true }, { ageBand: '20-29' }) };
    expect(ConsultationStartSchema.safeParse(start).success).toBe(true);
  });
});
