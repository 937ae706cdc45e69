import { NAMESPACES } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { visitorSocket } from '../support/clients.js';
import { eventually, refusedHandshake } from '../support/flows.js';
import { twoServersOverRedis } from '../support/two-servers.js';

describe.skipIf(!process.env.TEST_DATABASE_URL)('the connection cap shared by two server processes over Redis', () => {
  const { pair, redis, bag } = twoServersOverRedis(13, { MAX_CONNECTIONS_PER_CLIENT: '3' });

  it('should refuse a client’s fourth connection on either server when it holds three spread over both, and free a place when one closes', async () => {
    const [a, b] = pair();
    const onA = bag.add(await visitorSocket(a));
    bag.add(await visitorSocket(a));
    bag.add(await visitorSocket(b));
    for (const server of [a, b]) {
      const refused = await refusedHandshake(server, NAMESPACES.visitor);
      expect([refused.message, (refused as Error & { data?: { code?: string } }).data?.code]).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    }

    // Closing on A frees a place that B sees.
    onA.disconnect();
    const fresh = await eventually(async () => bag.add(await visitorSocket(b)), 10_000, 200);
    expect(fresh.connected).toBe(true);
    expect((await refusedHandshake(a, NAMESPACES.visitor)).message).toBe('RATE_LIMITED');
  });

  it('should keep places under a salted key that expires, never an address', async () => {
    const [a] = pair();
    bag.add(await visitorSocket(a));
    const keys = await redis().keys('hidamari:conn:*');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => /127\.0\.0\.1|::1|::ffff/.test(k))).toEqual([]);
    for (const key of keys) {
      // A crashed process's places lapse with the key (and each place with its score).
      expect(await redis().ttl(key)).toBeGreaterThan(0);
      const [, score] = await redis().zrange(key, 0, 0, 'WITHSCORES');
      expect(Number(score)).toBeGreaterThan(Date.now());
      expect(Number(score)).toBeLessThan(Date.now() + 120_000);
    }
  });
});
