/**
 * Settings are effective at once across processes: a change saved through one server is what another server on the
 * same PostgreSQL answers with on its very next request, even one that has read the old value a moment before.
 */
import type { ServiceStatus, Settings } from '@hidamari/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_ENV, adminSession, http } from '../support/clients.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe.skipIf(!process.env.TEST_DATABASE_URL)('settings across two server processes (PostgreSQL only: PGlite serves one process)', () => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).reverse().map((s) => s.close()));
  });

  it('should show a change made through one server on the other at once when both share the database', async () => {
    const a = await startTestServer({ env: ADMIN_ENV });
    servers.push(a);
    const b = await startTestServer({ env: ADMIN_ENV, databaseUrl: a.databaseUrl });
    servers.push(b);
    const statusOn = async (s: TestServer) => (await http<ServiceStatus>(s, 'GET', '/api/status?locale=en', { origin: null })).body;

    // B has answered with the old list, so a per-process cache would hold it now.
    const old = await statusOn(b);
    const hotlines = [{ name: 'Town helpline', phone: '0120-000-111', hours: '24h' }];
    expect(old.hotlines).not.toEqual(hotlines);

    const saved = await http(a, 'PUT', '/api/settings', { cookie: await adminSession(a), body: { hotlines, offHoursText: { ja: '休み', en: 'Closed' } } });
    expect(saved.status).toBe(200);
    expect(await statusOn(b)).toMatchObject({ hotlines, message: 'Closed' });

    // And back the other way, for the staff-facing value that staff creation reads.
    await http(b, 'PUT', '/api/settings', { cookie: await adminSession(b), body: { defaultMaxConcurrent: 6 } });
    const onA = await http<{ settings: Settings }>(a, 'GET', '/api/settings', { cookie: await adminSession(a) });
    expect(onA.body.settings.defaultMaxConcurrent).toBe(6);
    expect(await a.hidamari.services.settings.defaultMaxConcurrent()).toBe(6);
  });
});
