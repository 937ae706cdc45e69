import { describe, expect, it } from 'vitest';
import { ADMIN_ENV, call, ok } from '../support/clients.js';
import { claimedChat, counselor, myConsultations } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

/**
 * A warm hand-off accepted while its sender closes the chat: both lock the consultation row, so one goes first and
 * the other sees its result. Either the colleague holds an active chat and the close is refused, or the chat is
 * closed and the accept is refused; never a closed chat that someone holds, nor an active one nobody does.
 */
describe('a warm hand-off racing the sender\'s close', () => {
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000' } });

  it('should end in exactly one consistent outcome when the accept and the close arrive together', async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < 6; round++) {
      const { counselor: sender, consultationId } = await claimedChat(ctx.server, ctx.bag);
      const target = await counselor(ctx.server, ctx.bag);
      const { handoffId } = await ok(sender.socket, 'consultation:transfer', { consultationId, to: { staffId: target.staff.id }, mode: 'warm' });
      // Alternate who sends first, so both interleavings are likely to be seen.
      const [accept, close] = round % 2 === 0
        ? await Promise.all([call(target.socket, 'handoff:respond', { handoffId, accept: true }), call(sender.socket, 'consultation:close', { consultationId })])
        : await Promise.all([call(sender.socket, 'consultation:close', { consultationId }), call(target.socket, 'handoff:respond', { handoffId, accept: true })])
          .then(([c, a]) => [a, c] as const);
      expect(accept.ok !== close.ok).toBe(true);
      const held = (await myConsultations(target.socket)).map((c) => c.id);
      if (accept.ok) {
        outcomes.add('accepted');
        expect(close).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        expect(held).toContain(consultationId);
      } else {
        outcomes.add('closed');
        expect(accept).toMatchObject({ ok: false, error: { code: 'CONSULTATION_CLOSED' } });
        expect(held).not.toContain(consultationId);
        // The void offer is closed for good.
        expect(await call(target.socket, 'handoff:respond', { handoffId, accept: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      }
      expect((await myConsultations(sender.socket)).map((c) => c.id)).not.toContain(consultationId);
    }
    expect(outcomes.size).toBeGreaterThan(0);
  });
});
