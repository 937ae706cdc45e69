import type { QueueItem } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/raw.js';
import { ADMIN_ENV, ok } from '../support/clients.js';
import { counselor, SocketBag, staffSync, startVisitor, visitorSync } from '../support/flows.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Distinctive texts: any trace of one in a dump is unmistakable. FIRST holds a default risk phrase (the matcher stores what matched).
const FIRST = '死にたいと思う夜があります FIRST-AT-REST-3141';
const LATER = '家族にも話せていません LATER-AT-REST-2718';
const REPLY = '話してくれてありがとうございます REPLY-AT-REST-1618';
const STAFF_NOTE = '前回の相談と同じ方かもしれない NOTE-AT-REST-1414';
const RISK_REASON = '具体的な方法に触れた RISK-AT-REST-1732';
const ESCALATION_NOTE = '一緒に見てください ESC-AT-REST-2236';
const ACK_NOTE = '今から入ります ACK-AT-REST-2449';
const RESOLUTION_NOTE = '安全を確認しました RES-AT-REST-2645';
const HANDOFF_NOTE = '家族の話題が中心です HANDOFF-AT-REST-3316';

/** Every text and jsonb value of every table, as `pg_dump` would show it (row_to_json of each row). */
async function dump(server: TestServer): Promise<string> {
  const db = server.hidamari.database.db;
  const tables = await rows<{ table_name: string }>(db, sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
  let out = '';
  for (const { table_name } of tables) {
    const found = await rows<{ j: string }>(db, sql`SELECT row_to_json(t)::text AS j FROM ${sql.identifier(table_name)} t`);
    out += `${found.map((r) => r.j).join('\n')}\n`;
  }
  return out;
}

const needles = (text: string) => text.split(' ')[1]!;
const secretsIn = (text: string, secrets: string[]) => secrets.filter((s) => text.includes(s) || text.includes(needles(s)));

describe('a database dump after a whole conversation (PGlite; PostgreSQL with TEST_DATABASE_URL)', () => {
  let server: TestServer;
  const bag = new SocketBag();
  beforeAll(async () => {
    server = await startTestServer({ env: ADMIN_ENV });
  });
  afterEach(() => bag.closeAll());
  afterAll(() => server.close());

  it('should show no message, note, reason, matched phrase or preview while staff read every one of them in plain text', async () => {
    const a = await counselor(server, bag, { displayName: 'A' });
    const b = await counselor(server, bag, { displayName: 'B' });
    const sup = await counselor(server, bag, { roles: ['supervisor'], displayName: 'S' });
    const visitor = await startVisitor(server, bag, { message: FIRST });
    const id = visitor.started.consultationId;

    // Queued: the preview is in the queue (plain on the wire) and sealed at rest.
    const queue = await ok(a.socket, 'queue:list', {});
    expect(queue.items.find((i: QueueItem) => i.consultationId === id)?.preview).toContain('FIRST-AT-REST-3141');
    expect(secretsIn(await dump(server), [FIRST])).toEqual([]);

    await ok(a.socket, 'consultation:claim', { consultationId: id });
    await ok(visitor.socket, 'message:send', { clientMessageId: 'v-1', body: LATER });
    await ok(a.socket, 'message:send', { consultationId: id, clientMessageId: 's-1', body: REPLY });
    await ok(a.socket, 'message:send', { consultationId: id, clientMessageId: 's-2', body: STAFF_NOTE, visibility: 'staff' });
    await ok(a.socket, 'risk:set', { consultationId: id, level: 'high', reason: RISK_REASON });
    const raised = await ok(a.socket, 'consultation:escalate', { consultationId: id, level: 'urgent', note: ESCALATION_NOTE });
    await ok(sup.socket, 'escalation:ack', { escalationId: raised.escalation.id, note: ACK_NOTE });
    const resolved = await ok(sup.socket, 'escalation:resolve', { escalationId: raised.escalation.id, note: RESOLUTION_NOTE });
    await ok(a.socket, 'consultation:transfer', { consultationId: id, to: { staffId: b.staff.id }, mode: 'warm', note: HANDOFF_NOTE });

    const all = [FIRST, LATER, REPLY, STAFF_NOTE, RISK_REASON, ESCALATION_NOTE, ACK_NOTE, RESOLUTION_NOTE, HANDOFF_NOTE];
    const atRest = await dump(server);
    expect(atRest).toContain('hm1:'); // the dump reads the sealed rows
    expect(secretsIn(atRest, all)).toEqual([]);
    expect(atRest).not.toContain('死にたい'); // the matched phrase is sealed too

    // Every read path still answers plain text: the wire contract is unchanged.
    expect((await visitorSync(visitor.socket)).map((m) => m.body)).toEqual([FIRST, LATER, REPLY]);
    expect((await staffSync(a.socket, id)).map((m) => m.body)).toEqual([FIRST, LATER, REPLY, STAFF_NOTE]);
    expect(resolved.escalation).toMatchObject({ note: ESCALATION_NOTE, acknowledgementNote: ACK_NOTE, resolutionNote: RESOLUTION_NOTE });
    const risk = await ok(a.socket, 'risk:get', { consultationId: id });
    expect(risk.matched.length).toBeGreaterThan(0);
    const timeline = await ok(a.socket, 'consultation:timeline', { consultationId: id });
    expect(JSON.stringify(timeline)).not.toContain('hm1:');
  });

  it('should clear the preview when the consultation closes', async () => {
    const a = await counselor(server, bag);
    const visitor = await startVisitor(server, bag, { message: 'プレビューになる最初の言葉 PREVIEW-CLOSE-1' });
    const id = visitor.started.consultationId;
    const previewOf = async () =>
      (await rows<{ preview: string | null }>(server.hidamari.database.db, sql`SELECT preview FROM consultations WHERE id = ${id}::uuid`))[0]!.preview;
    expect(await previewOf()).toMatch(/^hm1:/);
    await ok(a.socket, 'consultation:claim', { consultationId: id });
    await ok(a.socket, 'consultation:close', { consultationId: id, outcome: 'listened' });
    expect(await previewOf()).toBeNull();
  });

  it('should clear the preview when the visitor leaves a queued consultation', async () => {
    const visitor = await startVisitor(server, bag, { message: 'まだ誰も来ていません PREVIEW-LEAVE-2' });
    await ok(visitor.socket, 'consultation:leave', {});
    const [r] = await rows<{ preview: string | null; status: string }>(
      server.hidamari.database.db, sql`SELECT preview, status FROM consultations WHERE id = ${visitor.started.consultationId}::uuid`);
    expect(r).toEqual({ preview: null, status: 'closed' });
  });
});
