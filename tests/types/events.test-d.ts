/**
 * Type tests: compiled by `npm run typecheck` (tsc -p tests), never run. Each `@ts-expect-error` line must fail to
 * compile: the event maps in shared/src/events.ts decide names, payloads and acks for both ends of both namespaces.
 */
import {
  ConsultationRefSchema, DutySetSchema, VisitorMessageSendSchema, type QueueSnapshot, type StaffClientEvents, type VisitorClientEvents,
  type WireMessage,
} from '@hidamari/shared';
import { describe, expectTypeOf, it } from 'vitest';
import type { EventHandler, EventHandlers } from '../../server/src/realtime/ack.js';
import type { StaffNamespace, VisitorNamespace } from '../../server/src/realtime/realtime.types.js';
import { request } from '../../web/src/lib/socket.js';
import { call, ok, type StaffClient, type VisitorClient } from '../support/clients.js';

declare const staff: StaffClient;
declare const visitor: VisitorClient;
declare const staffNsp: StaffNamespace;
declare const visitorNsp: VisitorNamespace;

describe('client → server events', () => {
  it('should infer the ack from the event map when a test helper or the web app emits', async () => {
    expectTypeOf(await ok(staff, 'duty:set', { onDuty: true })).toEqualTypeOf<{ onDuty: boolean }>();
    expectTypeOf(await ok(staff, 'queue:list')).toEqualTypeOf<QueueSnapshot>();
    expectTypeOf(await ok(visitor, 'message:send', { clientMessageId: 'c', body: 'b' })).toEqualTypeOf<{ message: WireMessage }>();
    const ack = await request(visitor, 'messages:sync', { afterSeq: 0 });
    if (ack.ok) expectTypeOf(ack.messages).toEqualTypeOf<WireMessage[]>();
  });

  it('should not compile when a payload does not match its event', async () => {
    // @ts-expect-error onDuty is a boolean
    await call(staff, 'duty:set', { onDuty: 'yes' });
    // @ts-expect-error the staff message:send names its consultation
    await ok(staff, 'message:send', { clientMessageId: 'c', body: 'b' });
    // @ts-expect-error afterSeq is a number
    await request(visitor, 'messages:sync', { afterSeq: '0' });
    // @ts-expect-error socket.io's own emit is typed by the same map
    staff.emit('duty:set', { onDuty: 1 }, () => undefined);
  });

  it('should not compile when an event is not in the namespace map', async () => {
    // @ts-expect-error no such event
    await call(staff, 'duty:toggle', {});
    // @ts-expect-error a visitor event on the staff namespace
    await call(staff, 'consultation:start', { audience: 'self', topic: 'other' });
    // @ts-expect-error a staff event on the visitor namespace
    await request(visitor, 'queue:list', {});
  });

  it('should not compile when code reads what the ack does not carry', async () => {
    const claimed = await ok(staff, 'consultation:claim', { consultationId: 'x' });
    // @ts-expect-error the claim ack carries consultation and messages, no token
    void claimed.token;
  });
});

describe('server handlers', () => {
  it('should accept a handler whose schema and ack match its event', () => {
    expectTypeOf<EventHandler<StaffClientEvents, 'duty:set'>>().toExtend<{ run: (input: { onDuty: boolean }) => Promise<{ onDuty: boolean }> }>();
    const good: EventHandler<StaffClientEvents, 'duty:set'> = { schema: DutySetSchema, run: async ({ onDuty }) => ({ onDuty }) };
    void good;
  });

  it('should not compile when a handler acknowledges the wrong shape', () => {
    const wrongAck: EventHandler<StaffClientEvents, 'duty:set'> = {
      schema: DutySetSchema,
      // @ts-expect-error duty:set acknowledges { onDuty: boolean }
      run: async ({ onDuty }) => ({ onDuty: String(onDuty) }),
    };
    const missingAck: EventHandler<VisitorClientEvents, 'message:send'> = {
      schema: VisitorMessageSendSchema,
      // @ts-expect-error message:send acknowledges { message }
      run: async () => ({}),
    };
    void [wrongAck, missingAck];
  });

  it('should not compile when a handler parses with another event schema or handles an unknown event', () => {
    // @ts-expect-error the visitor message:send schema lacks consultationId
    const wrongSchema: EventHandler<StaffClientEvents, 'message:send'> = { schema: VisitorMessageSendSchema, run: async () => ({ message: {} as WireMessage }) };
    // @ts-expect-error consultation:claim is a staff event, not a visitor one
    const otherNamespace: EventHandler<VisitorClientEvents, 'consultation:claim'> = { schema: ConsultationRefSchema, run: async () => ({}) };
    // @ts-expect-error every event of the namespace must have its handler
    const missing: EventHandlers<VisitorClientEvents> = {};
    void [wrongSchema, otherNamespace, missing];
  });
});

describe('server → client events', () => {
  it('should not compile when the server emits a payload its map does not declare', () => {
    // @ts-expect-error queue:updated carries a QueueSnapshot
    staffNsp.emit('queue:updated', { items: 'none' });
    // @ts-expect-error no such visitor event
    visitorNsp.emit('queue:updated', { items: [], total: 0 });
    visitorNsp.emit('typing:changed', { consultationId: 'c', sender: 'staff', typing: true });
  });
});
