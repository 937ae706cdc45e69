import { describe, expect, it } from 'vitest';
import { eventBudgets, rateLimitedMessage, retryAfterSeconds } from './limits.rules.js';

describe('eventBudgets', () => {
  it('should let a fast typist (3 a second) stay within the steady rate when the default is 5', () => {
    expect(eventBudgets(5).visitorSocket.perSecond).toBeGreaterThan(3);
  });

  it('should fit an outbox of 200 in the burst when the default is 5', () => {
    const b = eventBudgets(5);
    expect(b.visitorSocket.perSecond + b.visitorSocket.burstPerMinute).toBeGreaterThanOrEqual(200);
    expect(b.visitorSide.perSecond + b.visitorSide.burstPerMinute).toBeGreaterThanOrEqual(b.visitorSocket.burstPerMinute);
  });

  it('should let through under 5 % of 10,000 messages sent within 1.4 s by one connection', () => {
    const b = eventBudgets(5).visitorSocket;
    expect(b.perSecond * 2 + b.burstPerMinute).toBeLessThan(500);
  });

  it('should give a staff connection more than a visitor one when one counselor writes in several chats', () => {
    const b = eventBudgets(5);
    expect(b.staffSocket.perSecond).toBeGreaterThan(b.visitorSocket.perSecond);
  });
});

describe('retry hint', () => {
  it('should round up to whole seconds and never say 0 when the window ends in a few ms', () => {
    expect(retryAfterSeconds(3)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
    expect(rateLimitedMessage('messages', 42_100)).toBe('too many messages; retry after 43 s');
  });
});
