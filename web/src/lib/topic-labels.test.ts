import { describe, expect, it } from 'vitest';
import { TOPIC_LABELS } from './topic-labels';
import { visitorEn, visitorJa } from '../visitor/visitor.i18n';
import { staffEn, staffJa } from '../staff/staff.i18n';

describe('topic labels', () => {
  it('should give staff the very words the visitor chose the topic by, in both languages', () => {
    expect(staffJa.topic).toEqual(TOPIC_LABELS.ja);
    expect(staffEn.topic).toEqual(TOPIC_LABELS.en);
    expect(visitorJa.intake.topics).toEqual(TOPIC_LABELS.ja);
    expect(visitorEn.intake.topics).toEqual(TOPIC_LABELS.en);
    expect(staffJa.topic.family).toBe('家族との関係');
  });
});
