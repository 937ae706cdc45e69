import { describe, expect, it } from 'vitest';
import { callRaw, ok, type StaffClient, type VisitorClient } from '../support/clients.js';
import { counselor, startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const UNKNOWN = { ok: false, error: { code: 'UNKNOWN_EVENT' } };

/** Emits with an acknowledgement but no payload at all, as a minimal client may. */
async function bareCall(socket: VisitorClient | StaffClient, event: string): Promise<unknown> {
  return (socket as unknown as { timeout(ms: number): { emitWithAck(e: string): Promise<unknown> } }).timeout(10_000).emitWithAck(event);
}

describe('events a namespace does not have', () => {
  const ctx = serverPerFile();

  it('should answer UNKNOWN_EVENT at once and keep the visitor connected when a visitor sends a staff event or a made-up one', async () => {
    const { socket } = await startVisitor(ctx.server, ctx.bag);
    expect(await callRaw(socket, 'queue:list')).toMatchObject(UNKNOWN);
    expect(await callRaw(socket, 'consultation:claim', { consultationId: '00000000-0000-4000-8000-000000000000' })).toMatchObject(UNKNOWN);
    expect(await callRaw(socket, 'no:such-event', { anything: 1 })).toMatchObject(UNKNOWN);
    expect(await bareCall(socket, 'no:such-event')).toMatchObject(UNKNOWN);
    // Still served: the unknown events changed nothing.
    expect((await ok(socket, 'messages:sync', { afterSeq: 0 })).messages).toEqual([]);
  });

  it('should answer UNKNOWN_EVENT at once and keep the counselor connected when staff send a visitor event or a made-up one', async () => {
    const c = await counselor(ctx.server, ctx.bag);
    expect(await callRaw(c.socket, 'consultation:start', { audience: 'self', topic: 'other' })).toMatchObject(UNKNOWN);
    expect(await callRaw(c.socket, 'consultation:resume', { resumeCode: 'AAAA-BBBB-CCCC' })).toMatchObject(UNKNOWN);
    expect(await bareCall(c.socket, 'duty:toggle')).toMatchObject(UNKNOWN);
    expect(await ok(c.socket, 'duty:set', { onDuty: false })).toMatchObject({ onDuty: false });
  });
});
