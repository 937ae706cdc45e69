import { NAMESPACES } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { ADMIN_ENV, createStaff, staffSocket, visitorSocket, type VisitorClient } from '../support/clients.js';
import { eventually, refusedHandshake } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

describe('concurrent connections per client', () => {
  // TRUST_PROXY=1: a test can speak as several clients through X-Forwarded-For, as nginx would append it.
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, MAX_CONNECTIONS_PER_CLIENT: '3', TRUST_PROXY: '1' } });
  const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

  async function openAs(address: string, n: number): Promise<VisitorClient[]> {
    const sockets: VisitorClient[] = [];
    for (let i = 0; i < n; i++) sockets.push(ctx.bag.add(await visitorSocket(ctx.server, undefined, from(address))));
    return sockets;
  }

  it('should refuse the fourth visitor connection of one client with a typed RATE_LIMITED and take one again once a connection closes', async () => {
    const [first] = await openAs('203.0.113.10', 3);
    const refused = await refusedHandshake(ctx.server, NAMESPACES.visitor, from('203.0.113.10'));
    expect(refused.message).toBe('RATE_LIMITED');
    expect((refused as Error & { data?: unknown }).data).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('too many connections') });

    // Another client behind another address is not affected.
    await openAs('203.0.113.11', 1);

    first!.disconnect();
    const again = await eventually(() => visitorSocket(ctx.server, undefined, from('203.0.113.10')).catch(() => undefined).then((s) => {
      if (!s) throw new Error('still refused');
      return ctx.bag.add(s);
    }));
    expect(again.connected).toBe(true);
  });

  it('should not count staff connections, which a session authorises, against the cap', async () => {
    const member = await createStaff(ctx.server, { roles: ['counselor'] });
    for (let i = 0; i < 4; i++) ctx.bag.add(await staffSocket(ctx.server, member.cookie));
    await openAs('127.0.0.1', 3);
  });
});
