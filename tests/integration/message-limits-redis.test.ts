import { describe, expect, it } from 'vitest';
import { call, ok, visitorSocket } from '../support/clients.js';
import { startVisitor, visitorSync } from '../support/flows.js';
import { twoServersOverRedis } from '../support/two-servers.js';

describe.skipIf(!process.env.TEST_DATABASE_URL)('a consultation’s message limit shared by two server processes over Redis', () => {
  const { pair, redis, bag } = twoServersOverRedis(14, { RATE_LIMIT_MESSAGES: '5' });

  it('should count every connection of one consultation together when they are spread over both servers', async () => {
    const [a, b] = pair();
    const { started } = await startVisitor(a, bag);
    // Four connections with the same token, two per server: each alone may send about 305 (5/s + a burst of 300).
    const sockets = [bag.add(await visitorSocket(a, started.token)), bag.add(await visitorSocket(a, started.token)),
      bag.add(await visitorSocket(b, started.token)), bag.add(await visitorSocket(b, started.token))];
    const acks = await Promise.all(sockets.flatMap((s, n) =>
      Array.from({ length: 400 }, (_, i) => call(s, 'message:send', { clientMessageId: `s${n}-${i}`, body: `${n} ${i}` }))));
    const accepted = acks.filter((x) => x.ok).length;
    // The consultation's visitor side (10/s + a burst of 600) is the cluster's: counted per process it would allow ~1,200.
    expect(accepted).toBeGreaterThan(305);
    expect(accepted).toBeLessThan(700);
    expect(acks.filter((x) => !x.ok).every((x) => !x.ok && x.error.code === 'RATE_LIMITED')).toBe(true);
    expect(await visitorSync(sockets[0]!)).toHaveLength(accepted);
    // Keys name the consultation, never a person.
    const keys = await redis().keys('hidamari:msg:*');
    expect(keys.some((k) => k.includes(started.consultationId))).toBe(true);
    await ok(sockets[0]!, 'messages:sync', { afterSeq: 0 });
  }, 60_000);
});
