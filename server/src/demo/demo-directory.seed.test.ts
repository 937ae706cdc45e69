import { OfferInputSchema, ServiceInputSchema } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { DEMO_SERVICES, demoOffers } from './demo-directory.seed.js';

describe('demo directory and offers', () => {
  it('should pass the admin API\'s own validation', () => {
    for (const s of DEMO_SERVICES) expect(ServiceInputSchema.safeParse(s).error).toBeUndefined();
    for (const o of demoOffers(new Date(), 'Asia/Tokyo')) expect(OfferInputSchema.safeParse(o).error).toBeUndefined();
  });

  it('should put every offer ahead of the moment it is seeded, at its time of day in the service zone', () => {
    const now = new Date('2026-12-31T23:30:00Z'); // already 1 January, 08:30, in Tokyo
    const offers = demoOffers(now, 'Asia/Tokyo');
    expect(offers.every((o) => Date.parse(o.startsAt) > now.getTime())).toBe(true);
    expect(offers[0]?.startsAt).toBe('2027-01-03T04:00:00.000Z'); // 3 January 13:00 in Tokyo
  });
});
