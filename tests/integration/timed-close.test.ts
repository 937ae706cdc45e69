import type { QueueSnapshot, VisitorConsultationUpdate } from '@hidamari/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, next, ok } from '../support/clients.js';
import { claimedChat, counselor, SocketBag, startVisitor } from '../support/flows.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Timers are rows swept by the cluster-wide sweeper: these run it every 200 ms with limits of seconds. */
describe('timed closes', () => {
  const bag = new SocketBag();
  const servers: TestServer[] = [];
  afterAll(async () => {
    bag.closeAll();
    await Promise.all(servers.map((s) => s.close()));
  });
  async function serverWith(env: Record<string, string>): Promise<TestServer> {
    const s = await startTestServer({ env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '200', ...env } });
    servers.push(s);
    return s;
  }

  it('should close a quiet chat as inactive and tell both sides when no message passes within the limit', async () => {
    const server = await serverWith({ INACTIVITY_CLOSE_SECONDS: '2' });
    const { visitor, counselor: c, consultationId } = await claimedChat(server, bag);
    const visitorTold = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.status === 'closed', 8000);
    const staffTold = next<{ consultation: { closeReason?: string } }>(c.socket, 'consultation:updated', (u) => u.consultation.closeReason === 'inactive', 8000);
    expect(await visitorTold).toMatchObject({ consultationId, status: 'closed', closeReason: 'inactive' });
    await staffTold;
    expect(await ok(visitor.socket, 'message:send', { clientMessageId: 'late', body: 'まだいますか' }).catch((e: Error) => e.message)).toMatch(
      /CONSULTATION_CLOSED/,
    );
  });

  it('should close a queue place as abandoned when its visitor has been away past the limit, and keep one still connected', async () => {
    const server = await serverWith({ ABANDON_SECONDS: '2', STAFF_GRACE_SECONDS: '1' });
    const gone = await startVisitor(server, bag, { message: '後でまた来ます' });
    const staying = await startVisitor(server, bag);
    const watcher = await counselor(server, bag, { onDuty: false });
    gone.socket.disconnect();
    const drop = next<QueueSnapshot>(watcher.socket, 'queue:updated', (u) => u.total === 1, 8000);
    expect((await drop).items.map((i) => i.consultationId)).toEqual([staying.started.consultationId]);
    await new Promise((r) => setTimeout(r, 2500));
    expect((await ok<QueueSnapshot>(watcher.socket, 'queue:list')).total).toBe(1);
  });
});
