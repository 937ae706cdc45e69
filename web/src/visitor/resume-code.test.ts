import { describe, expect, it } from 'vitest';
import { formatResumeCode, looksLikeResumeCode } from './resume-code';

describe('formatResumeCode', () => {
  it('should group a typed code in fours when it has spaces, dashes or lower case', () => {
    expect(formatResumeCode(' abcd efgh-jklm ')).toBe('ABCD-EFGH-JKLM');
    expect(formatResumeCode('ABCD-EFGH-JKLM')).toBe('ABCD-EFGH-JKLM');
    expect(formatResumeCode('abcdefghjk')).toBe('ABCD-EFGH-JK');
  });

  it('should be empty when nothing usable was typed', () => {
    expect(formatResumeCode(' - ')).toBe('');
  });
});

describe('looksLikeResumeCode', () => {
  it('should reject codes shorter than 8 characters when dashes are ignored', () => {
    expect(looksLikeResumeCode('ABCD-EFG')).toBe(false);
    expect(looksLikeResumeCode('abcd-efgh')).toBe(true);
  });
});
