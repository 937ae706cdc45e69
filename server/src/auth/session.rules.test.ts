import { describe, expect, it } from 'vitest';
import { extendedExpiry, SESSION_MAX_MS, slidingExpiry } from './session.rules.js';

const t0 = new Date('2026-11-27T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;

describe('session rules', () => {
  it('should expire an idle limit after use when that is before the cap', () => {
    expect(slidingExpiry(t0, at(30 * MIN), 60 * MIN)).toEqual(at(90 * MIN));
  });
  it('should never expire later than the cap from creation however recent the use', () => {
    expect(slidingExpiry(t0, at(SESSION_MAX_MS - 5 * MIN), 60 * MIN)).toEqual(at(SESSION_MAX_MS));
  });
  it('should extend only when the gain is worth a write', () => {
    const session = { createdAt: t0, expiresAt: at(60 * MIN) };
    expect(extendedExpiry(session, at(30 * 1000), 60 * MIN)).toBeNull();
    expect(extendedExpiry(session, at(10 * MIN), 60 * MIN)).toEqual(at(70 * MIN));
    expect(extendedExpiry({ createdAt: t0, expiresAt: at(SESSION_MAX_MS) }, at(SESSION_MAX_MS - MIN), 60 * MIN)).toBeNull();
  });
  it('should cap at the configured absolute expiry when SESSION_MAX_HOURS is shorter than the default', () => {
    const eightHours = 8 * 60 * MIN;
    expect(slidingExpiry(t0, at(eightHours - 5 * MIN), 60 * MIN, eightHours)).toEqual(at(eightHours));
    expect(extendedExpiry({ createdAt: t0, expiresAt: at(eightHours) }, at(eightHours - MIN), 60 * MIN, eightHours)).toBeNull();
  });
});
