import type { QueueSnapshot, VisitorConsultationUpdate } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { ADMIN_ENV, next, ok } from '../support/clients.js';
import { claimedChat, counselor, startVisitor } from '../support/flows.js';
import { heartbeatAfter, visitorSeenAt, visitorSocketsOnServer } from '../support/presence.js';
import { serverPerFile } from '../support/suite.js';

const INACTIVITY_S = 600;
const ABANDON_S = 600;

/**
 * Timers are rows swept by the cluster-wide sweeper. The background sweep never runs here (an hour apart):
 * each test sweeps by hand with the clock moved to just before and just past a limit, so a slow machine
 * changes nothing.
 */
describe('timed closes', () => {
  const withEnv = (env: Record<string, string>) => serverPerFile({ env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000', ...env } });

  describe('inactivity', () => {
    // The counselor's grace outlasts the jump, so the chat stays theirs and only inactivity can close it.
    const ctx = withEnv({ INACTIVITY_CLOSE_SECONDS: String(INACTIVITY_S), STAFF_GRACE_SECONDS: '86400' });

    it('should close a quiet chat as inactive and tell both sides when no message passes within the limit', async () => {
      const { server, bag } = ctx;
      const before = Date.now();
      const { visitor, counselor: c, consultationId } = await claimedChat(server, bag);
      const { sweeper } = server.hidamari.services;

      // The claim is the last activity and came after `before`: exactly the limit later is not yet past it.
      expect(await sweeper.sweepOnce(new Date(before + INACTIVITY_S * 1000))).toMatchObject({ requeued: 0, closed: 0 });

      const visitorTold = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.status === 'closed');
      const staffTold = next<{ consultation: { closeReason?: string } }>(c.socket, 'consultation:updated', (u) => u.consultation.closeReason === 'inactive');
      expect(await sweeper.sweepOnce(new Date(Date.now() + INACTIVITY_S * 1000 + 1000))).toMatchObject({ requeued: 0, closed: 1 });
      expect(await visitorTold).toMatchObject({ consultationId, status: 'closed', closeReason: 'inactive' });
      await staffTold;
      expect(await ok(visitor.socket, 'message:send', { clientMessageId: 'late', body: 'まだいますか' }).catch((e: Error) => e.message)).toMatch(
        /CONSULTATION_CLOSED/,
      );
    });
  });

  describe('abandoning', () => {
    // STAFF_GRACE_SECONDS sets the heartbeat (a quarter of it): one a second here.
    const ctx = withEnv({ ABANDON_SECONDS: String(ABANDON_S), STAFF_GRACE_SECONDS: '4' });

    it('should close a queue place as abandoned when its visitor has been away past the limit, and keep one still connected', async () => {
      const { server, bag } = ctx;
      const gone = await startVisitor(server, bag, { message: '後でまた来ます' });
      const staying = await startVisitor(server, bag);
      const watcher = await counselor(server, bag, { onDuty: false });

      gone.socket.disconnect();
      await visitorSocketsOnServer(server, 1);
      // A heartbeat begun after the server dropped `gone` refreshes only `staying`: from then on `gone`'s time stands still.
      const stayingSeen = await heartbeatAfter(() => visitorSeenAt(server, staying.started.consultationId), Date.now());
      expect(await visitorSeenAt(server, gone.started.consultationId)).toBeLessThan(stayingSeen);

      // The limit after the connected visitor's last heartbeat: not past it for them, past it for the one who left.
      const drop = next<QueueSnapshot>(watcher.socket, 'queue:updated', (u) => u.total === 1);
      expect(await server.hidamari.services.sweeper.sweepOnce(new Date(stayingSeen + ABANDON_S * 1000))).toMatchObject({ requeued: 0, closed: 1 });
      expect((await drop).items.map((i) => i.consultationId)).toEqual([staying.started.consultationId]);
      expect((await ok(watcher.socket, 'queue:list')).total).toBe(1);
    });
  });
});
