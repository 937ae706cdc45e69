/** Referral cards: a counselor sends a directory entry; it is stored and delivered as a message of its own kind (issue 12). */
import type { Service, WireMessage } from '@hidamari/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { messages, referrals } from '../../server/src/db/schema.js';
import { adminSession, call, http, next, ok } from '../support/clients.js';
import { claimedChat, counselor, startVisitor, staffSync, visitorSync } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const ENTRY = {
  kind: 'youth_support_station', name: 'かそう若者サポートステーション', area: { prefecture: '神奈川県', municipality: '架空市' },
  phone: '045-000-0000', url: 'https://example.jp/saposute', hours: '火〜土 10:00〜18:00', description: '働くことに悩む15〜49歳の方の相談窓口です。',
  en: { name: 'Kasō Youth Support Station', description: 'For people aged 15–49 wondering about work.' },
};

describe('referral cards', () => {
  const ctx = serverPerFile();
  const db = () => ctx.server.hidamari.database.db;
  const service = async (): Promise<Service> => {
    const res = await http<{ service: Service }>(ctx.server, 'POST', '/api/services', { cookie: await adminSession(ctx.server), body: ENTRY });
    expect(res.status).toBe(201);
    return res.body.service;
  };

  it('should store and deliver a card as its own kind, in the visitor\'s language, beside text messages', async () => {
    const s = await service();
    const chat = await claimedChat(ctx.server, ctx.bag, { locale: 'en', message: 'I want to find work someday' });
    const { consultationId } = chat;
    const onVisitor = next<WireMessage>(chat.visitor.socket, 'message:created', (m) => m.kind === 'card');
    const text = await ok(chat.counselor.socket, 'message:send', { consultationId, clientMessageId: 'hello-1', body: 'There is a place near you.' });
    expect(text.message.kind).toBe('text');

    const { message } = await ok(chat.counselor.socket, 'referral:send', { consultationId, serviceId: s.id });
    const card = {
      serviceId: s.id, kind: 'youth_support_station', name: 'Kasō Youth Support Station', area: ENTRY.area, phone: '045-000-0000',
      url: 'https://example.jp/saposute', hours: '火〜土 10:00〜18:00', description: 'For people aged 15–49 wondering about work.',
    };
    expect(message).toMatchObject({ kind: 'card', card, sender: 'staff', senderName: chat.counselor.staff.displayName, visibility: 'all', seq: 3 });
    expect(message.body).toContain('Kasō Youth Support Station');
    expect(message.body).toContain('Phone: 045-000-0000');
    expect(await onVisitor).toEqual(message);

    // Both syncs return each message as its kind.
    const kinds = (list: WireMessage[]) => list.map((m) => [m.seq, m.kind]);
    expect(kinds(await visitorSync(chat.visitor.socket))).toEqual([[1, 'text'], [2, 'text'], [3, 'card']]);
    const staffSide = await staffSync(chat.counselor.socket, consultationId);
    expect(staffSide.find((m) => m.seq === 3)).toEqual(message);
    expect((await visitorSync(chat.visitor.socket, 2))[0]?.card).toEqual(card);

    // At rest: the card and its body are sealed; the referral row keeps kind and area only.
    const [stored] = await db().select().from(messages).where(eq(messages.id, message.id));
    expect(stored?.kind).toBe('card');
    expect(stored?.card).not.toContain('Kasō');
    expect(stored?.card).not.toContain('045-000-0000');
    expect(() => JSON.parse(stored!.card!)).toThrow();
    expect(stored?.body).not.toContain('Kasō');
    const rows = await db().select().from(referrals).where(eq(referrals.consultationId, consultationId));
    expect(rows).toMatchObject([{ serviceId: s.id, staffId: chat.counselor.staff.id, kind: 'youth_support_station', prefecture: '神奈川県', municipality: '架空市' }]);
  });

  it('should send the Japanese card to a visitor chatting in Japanese', async () => {
    const s = await service();
    const chat = await claimedChat(ctx.server, ctx.bag, { message: '相談したいです' });
    const { message } = await ok(chat.counselor.socket, 'referral:send', { consultationId: chat.consultationId, serviceId: s.id });
    expect(message.card).toMatchObject({ name: ENTRY.name, description: ENTRY.description });
    expect(message.body.split('\n')).toEqual([ENTRY.name, '地域: 神奈川県 架空市', '電話: 045-000-0000', 'ウェブ: https://example.jp/saposute', '受付: 火〜土 10:00〜18:00']);
  });

  it('should refuse anyone but the assignee, a closed chat and an unknown service, writing nothing', async () => {
    const s = await service();
    const chat = await claimedChat(ctx.server, ctx.bag);
    const { consultationId } = chat;
    const other = await counselor(ctx.server, ctx.bag);
    const supervisor = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] });
    const refused = async (socket: typeof other.socket, payload: { consultationId: string; serviceId: string }) => {
      const res = await call(socket, 'referral:send', payload);
      return res.ok ? 'ok' : res.error.code;
    };
    expect(await refused(other.socket, { consultationId, serviceId: s.id })).toBe('FORBIDDEN');
    expect(await refused(supervisor.socket, { consultationId, serviceId: s.id })).toBe('FORBIDDEN');
    expect(await refused(chat.counselor.socket, { consultationId, serviceId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');

    const queued = await startVisitor(ctx.server, ctx.bag);
    expect(await refused(chat.counselor.socket, { consultationId: queued.started.consultationId, serviceId: s.id })).toBe('FORBIDDEN');

    await ok(chat.counselor.socket, 'consultation:close', { consultationId, outcome: 'listened' });
    expect(await refused(chat.counselor.socket, { consultationId, serviceId: s.id })).toBe('CONSULTATION_CLOSED');
    const bad = await call(chat.counselor.socket, 'referral:send', { consultationId, serviceId: 'nope' } as never);
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'serviceId' });

    expect((await visitorSync(chat.visitor.socket)).filter((m) => m.kind === 'card')).toEqual([]);
    expect(await db().select().from(referrals).where(eq(referrals.consultationId, consultationId))).toEqual([]);
  });

  it('should mark the server\'s own messages as system when a supervisor takes a chat over', async () => {
    const chat = await claimedChat(ctx.server, ctx.bag);
    const supervisor = await counselor(ctx.server, ctx.bag, { roles: ['supervisor'] });
    await ok(supervisor.socket, 'consultation:takeover', { consultationId: chat.consultationId });
    const all = await staffSync(supervisor.socket, chat.consultationId);
    expect(all.filter((m) => m.sender === 'system').map((m) => m.kind)).toEqual(['system']);
    expect(all.filter((m) => m.sender !== 'system').every((m) => m.kind === 'text')).toBe(true);
  });
});
