import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { keyIdOf } from '../../server/src/crypto/envelope.js';
import { reencryptAll } from '../../server/src/crypto/reencrypt.js';
import { rows } from '../../server/src/db/raw.js';
import { ADMIN_ENV, login, ok, staffSocket } from '../support/clients.js';
import { counselor, SocketBag, staffSync, startVisitor } from '../support/flows.js';
import { freshDatabase, startTestServer, type TestServer } from '../support/test-server.js';

const keyA = randomBytes(32);
const keyB = randomBytes(32);
const b64 = (k: Buffer) => k.toString('base64');

/** Every sealed value in the database, as `hm1:<key id>:` prefixes counted by key id. */
async function keyIdsInUse(server: TestServer): Promise<Map<string, number>> {
  const db = server.hidamari.database.db;
  const tables = await rows<{ table_name: string }>(db, sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
  const ids = new Map<string, number>();
  for (const { table_name } of tables) {
    for (const r of await rows<{ j: string }>(db, sql`SELECT row_to_json(t)::text AS j FROM ${sql.identifier(table_name)} t`)) {
      for (const m of r.j.matchAll(/hm1:([0-9a-f]{8}):/g)) ids.set(m[1]!, (ids.get(m[1]!) ?? 0) + 1);
    }
  }
  return ids;
}

describe('key rotation (PGlite on disk; PostgreSQL with TEST_DATABASE_URL)', () => {
  const bag = new SocketBag();
  const dir = mkdtempSync(join(tmpdir(), 'hidamari-rotation-'));
  let db: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  let server: TestServer | undefined;
  afterEach(() => bag.closeAll());
  afterAll(async () => {
    await server?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function start(env: Record<string, string>): Promise<TestServer> {
    await server?.close();
    bag.closeAll();
    if (process.env.TEST_DATABASE_URL && !db) db = await freshDatabase(process.env.TEST_DATABASE_URL);
    server = await startTestServer({ env: { ...ADMIN_ENV, ...env }, ...(db ? { databaseUrl: db.url } : { dataDir: dir }) });
    return server;
  }

  it('should read old values under a previous key, move every value to the new key, then read without the old one', async () => {
    let s = await start({ MESSAGE_KEY: b64(keyA) });
    const c = await counselor(s, bag);
    const visitor = await startVisitor(s, bag, { message: '最初のメッセージ ROT-1' });
    const id = visitor.started.consultationId;
    await ok(c.socket, 'consultation:claim', { consultationId: id });
    await ok(c.socket, 'message:send', { consultationId: id, clientMessageId: 's-1', body: '返信です ROT-2' });
    await ok(c.socket, 'risk:set', { consultationId: id, level: 'elevated', reason: '気になる言葉 ROT-3' });
    expect([...(await keyIdsInUse(s)).keys()]).toEqual([keyIdOf(keyA)]);

    // B current, A previous: the old values read, new ones are sealed under B.
    s = await start({ MESSAGE_KEY: b64(keyB), MESSAGE_KEYS_PREVIOUS: b64(keyA) });
    let socket = bag.add(await staffSocket(s, await login(s, c.staff.loginId, c.password)));
    await ok(socket, 'message:send', { consultationId: id, clientMessageId: 's-2', body: '新しい鍵で ROT-4' });
    expect((await staffSync(socket, id)).map((m) => m.body)).toEqual(['最初のメッセージ ROT-1', '返信です ROT-2', '新しい鍵で ROT-4']);
    const mixed = await keyIdsInUse(s);
    expect(mixed.get(keyIdOf(keyA))).toBeGreaterThan(0);
    expect(mixed.get(keyIdOf(keyB))).toBeGreaterThan(0);

    const done = await reencryptAll(s.hidamari.database.db);
    expect(done.find((d) => d.target === 'messages.body')?.rewritten).toBe(2);
    expect(done.find((d) => d.target === 'consultation_events.data')?.rewritten).toBe(1);
    expect([...(await keyIdsInUse(s)).keys()]).toEqual([keyIdOf(keyB)]);
    // Run again (resumed after a crash, or twice by mistake): nothing is left to do.
    expect((await reencryptAll(s.hidamari.database.db)).every((d) => d.rewritten === 0)).toBe(true);

    // Without A at all: everything still reads.
    s = await start({ MESSAGE_KEY: b64(keyB) });
    socket = bag.add(await staffSocket(s, await login(s, c.staff.loginId, c.password)));
    expect((await staffSync(socket, id)).map((m) => m.body)).toEqual(['最初のメッセージ ROT-1', '返信です ROT-2', '新しい鍵で ROT-4']);
    const timeline = await ok(socket, 'consultation:timeline', { consultationId: id });
    expect(JSON.stringify(timeline)).not.toContain('hm1:');
  }, 180_000);
});
