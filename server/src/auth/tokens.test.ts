import { describe, expect, it } from 'vitest';
import { hashToken, newResumeCode, newTemporaryPassword, newToken, normalizeResumeCode } from './tokens.js';

describe('tokens', () => {
  it('should give distinct tokens and a stable hash when called twice', () => {
    const a = newToken();
    expect(a).not.toBe(newToken());
    expect(hashToken(a)).toBe(hashToken(a));
    expect(hashToken(a)).not.toContain(a);
  });

  it('should format resume codes as three groups of four when generated', () => {
    expect(newResumeCode()).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('should accept a code typed in lower case without hyphens when normalized', () => {
    const code = newResumeCode();
    expect(normalizeResumeCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
  });

  it('should give a temporary password of four unambiguous groups, long enough for the password rule, when generated', () => {
    const p = newTemporaryPassword();
    expect(p).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(p).not.toBe(newTemporaryPassword());
  });
});
