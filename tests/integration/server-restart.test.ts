import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, ok, staffSocket } from '../support/clients.js';
import { claimedChat, myConsultations, reconnectVisitor, SocketBag, staffSync, visitorSync } from '../support/flows.js';
import { freshDatabase, startTestServer, type StartOptions, type TestServer } from '../support/test-server.js';

describe('a server restart', () => {
  const bag = new SocketBag();
  let storage: StartOptions;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    // Data that outlives one server: a PGlite directory on disk, or one PostgreSQL database both servers open.
    const base = process.env.TEST_DATABASE_URL;
    if (base) {
      const db = await freshDatabase(base);
      storage = { databaseUrl: db.url };
      cleanup = db.drop;
    } else {
      const dir = await mkdtemp(join(tmpdir(), 'hidamari-restart-'));
      storage = { dataDir: dir };
      cleanup = () => rm(dir, { recursive: true, force: true });
    }
  });
  afterEach(() => bag.closeAll());
  afterAll(() => cleanup?.());

  it('should continue the same consultation, transcript and gap-free seq when the server comes back on the same data', async () => {
    let server: TestServer = await startTestServer({ ...storage, env: ADMIN_ENV });
    let consultationId: string;
    let token: string;
    let counselorCookie: string;
    try {
      const chat = await claimedChat(server, bag, { message: '再起動の前に' });
      ({ consultationId } = chat);
      token = chat.visitor.started.token;
      counselorCookie = chat.counselor.cookie;
      await ok(chat.visitor.socket, 'message:send', { clientMessageId: 'v-1', body: '二通目' });
      await ok(chat.counselor.socket, 'message:send', { consultationId, clientMessageId: 's-1', body: '三通目' });
      await ok(chat.counselor.socket, 'message:send', { consultationId, clientMessageId: 'n-1', body: 'メモ', visibility: 'staff' });
    } finally {
      bag.closeAll();
      await server.close();
    }

    server = await startTestServer({ ...storage, env: ADMIN_ENV });
    try {
      const back = await reconnectVisitor(server, bag, token);
      await expect.poll(() => back.updates[0]).toMatchObject({ consultationId, status: 'active' });
      expect((await visitorSync(back.socket)).map((m) => [m.seq, m.body])).toEqual([[1, '再起動の前に'], [2, '二通目'], [3, '三通目']]);

      // Staff sessions live in the database too: the counselor is still logged in and still holds the chat.
      const staff = bag.add(await staffSocket(server, counselorCookie));
      expect(await myConsultations(staff)).toMatchObject([{ id: consultationId, status: 'active', lastSeq: 4 }]);
      const after = await ok(back.socket, 'message:send', { clientMessageId: 'v-2', body: '再起動のあとに' });
      expect(after.message.seq).toBe(5);
      // A re-send from before the restart is still recognised.
      const resent = await ok(back.socket, 'message:send', { clientMessageId: 'v-1', body: '二通目' });
      expect(resent.message.seq).toBe(2);
      expect((await staffSync(staff, consultationId)).map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    } finally {
      bag.closeAll();
      await server.close();
    }
  }, 60_000); // two server start-ups in one test
});
