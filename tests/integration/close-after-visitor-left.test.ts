/** After the visitor ends the chat, its counselor still records outcome and tags, once; nobody else can. */
import type { StaffConsultationUpdate } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { call, next, ok } from '../support/clients.js';
import { claimedChat, counselor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

describe('closing after the visitor left', () => {
  const ctx = serverPerFile();

  it('should let the last counselor record outcome and tags once, keeping how it closed', async () => {
    const { visitor, counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    const closed = next<StaffConsultationUpdate>(c.socket, 'consultation:updated', (u) => u.status === 'closed');
    await ok(visitor.socket, 'consultation:leave');
    const left = (await closed).consultation;
    expect(left.closeReason).toBe('visitor_left');

    const other = await counselor(ctx.server, ctx.bag);
    expect(await call(other.socket, 'consultation:close', { consultationId, outcome: 'listened' }))
      .toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const { consultation } = await ok(c.socket, 'consultation:close', { consultationId, outcome: 'follow_up', tags: ['家族', '生活リズム'] });
    expect(consultation).toMatchObject({ status: 'closed', closeReason: 'visitor_left', outcome: 'follow_up', tags: ['家族', '生活リズム'], closedAt: left.closedAt });

    expect(await call(c.socket, 'consultation:close', { consultationId, outcome: 'other' }))
      .toMatchObject({ ok: false, error: { code: 'CONSULTATION_CLOSED' } });
  });

  it('should still refuse a second close of a chat the counselor closed', async () => {
    const { counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    await ok(c.socket, 'consultation:close', { consultationId, outcome: 'listened' });
    expect(await call(c.socket, 'consultation:close', { consultationId, outcome: 'other' }))
      .toMatchObject({ ok: false, error: { code: 'CONSULTATION_CLOSED' } });
  });
});
