import { ErrorCode, type ReferralCard } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seal } from '../../server/src/crypto/index.js';
import { rows } from '../../server/src/db/raw.js';
import { call, ok, visitorSocket } from '../support/clients.js';
import { claimedChat, counselor, startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const card = (name: string): ReferralCard => ({
  serviceId: '00000000-0000-4000-8000-000000000001', kind: 'hikikomori_center', name, area: { prefecture: '東京都', municipality: '世田谷区' },
  phone: '03-0000-0000', description: '相談窓口',
});

describe('returnKey:check — what a return key opens before the visitor confirms', () => {
  const ctx = serverPerFile();
  const db = () => ctx.server.hidamari.database.db;

  /** A referral card as the directory's referral:send stores it: its own message kind, the card sealed like a body. */
  async function insertCard(consultationId: string, c: ReferralCard, at: Date): Promise<void> {
    await rows(db(), sql`
      WITH s AS (UPDATE consultations SET last_seq = last_seq + 1 WHERE id = ${consultationId}::uuid RETURNING last_seq)
      INSERT INTO messages (consultation_id, seq, sender, body, visibility, kind, card, created_at)
      SELECT ${consultationId}::uuid, last_seq, 'staff', ${seal(c.name)}, 'all', 'card', ${seal(JSON.stringify(c))}, ${at.toISOString()}::timestamptz FROM s`);
  }

  it('should answer the earlier count, counselor and the kept cards newest first when the key is known', async () => {
    const first = await claimedChat(ctx.server, ctx.bag, { message: 'はじめまして' });
    await insertCard(first.consultationId, card('ひきこもり地域支援センター A'), new Date(Date.now() - 60_000));
    await insertCard(first.consultationId, card('居場所 B'), new Date(Date.now() - 30_000));
    await ok(first.counselor.socket, 'consultation:close', { consultationId: first.consultationId, outcome: 'referred' });
    const { returnKey } = await ok(first.visitor.socket, 'returnKey:keep', {});

    const checker = ctx.bag.add(await visitorSocket(ctx.server));
    const checked = await ok(checker, 'returnKey:check', { returnKey });
    expect(checked).toMatchObject({ previousCount: 1, counselorName: first.counselor.staff.displayName, lastConsultationAt: expect.any(String) });
    expect(checked.cards).toEqual([card('居場所 B'), card('ひきこもり地域支援センター A')]);
    // A check links nothing: the socket is still unbound.
    const sync = await call(checker, 'messages:sync', { afterSeq: 0 });
    expect(sync.ok ? null : sync.error.code).toBe(ErrorCode.NOT_BOUND);

    // Linked a second time: two earlier, and the latest counselor's name.
    const back = await startVisitor(ctx.server, ctx.bag, { returnKey });
    const b = await counselor(ctx.server, ctx.bag);
    await ok(b.socket, 'consultation:claim', { consultationId: back.started.consultationId });
    await ok(b.socket, 'consultation:close', { consultationId: back.started.consultationId, outcome: 'listened' });
    const again = await startVisitor(ctx.server, ctx.bag, { returnKey });
    expect(again.started.linked).toEqual({ previousCount: 2, counselorName: b.staff.displayName });
  });

  it('should refuse an unknown key with NOT_FOUND on returnKey', async () => {
    const socket = ctx.bag.add(await visitorSocket(ctx.server));
    const res = await call(socket, 'returnKey:check', { returnKey: 'ABCD-EFGH-JKMN-PQRS' });
    expect(res.ok ? null : res.error).toMatchObject({ code: ErrorCode.NOT_FOUND, field: 'returnKey' });
  });
});
