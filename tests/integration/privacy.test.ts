import { NAMESPACES, type WireMessage } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import { io } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/raw.js';
import { ADMIN_ENV, call, http, next, ok, type VisitorClient } from '../support/clients.js';
import { counselor, SocketBag } from '../support/flows.js';
import { captureLogs, type CapturedLogs } from '../support/logs.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Distinctive values, so any trace of them in logs or rows is unmistakable.
const NICKNAME = 'ひだまり仮名Q7';
const FIRST = '誰にも言っていない秘密 FIRSTBODY-8842';
const LATER = '家から出られない日が続いています LATERBODY-1177';
const REPLY = 'お話ししてくれてありがとう REPLYBODY-5530';
const NOTE = '家族との関係に注意 NOTEBODY-6104';
const HANDOVER = '次の方へ: 夜が不安とのこと HANDOVERNOTE-2291';
const WAITING = 'まだ誰とも話していません PREVIEWBODY-3318';
/** Every conversation text the journey writes: bodies, the queue's previews, staff notes, a hand-over note. */
const CONVERSATION = ['FIRSTBODY-8842', 'LATERBODY-1177', 'REPLYBODY-5530', 'NOTEBODY-6104', 'HANDOVERNOTE-2291', 'PREVIEWBODY-3318'];
const FORWARDED = '203.0.113.77';
const AGENT = 'HidamariPrivacyProbe/1.0';
const probeHeaders = { 'user-agent': AGENT, 'x-forwarded-for': FORWARDED };

function visitorFromAfar(server: TestServer, token?: string): Promise<VisitorClient> {
  const socket: VisitorClient = io(server.url + NAMESPACES.visitor, {
    auth: token ? { token } : {}, extraHeaders: probeHeaders, transports: ['websocket'], forceNew: true, reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

// On embedded PGlite by default; on PostgreSQL when TEST_DATABASE_URL is set (startTestServer makes a fresh database there).
describe('privacy of visitors', () => {
  let server: TestServer;
  let logs: CapturedLogs;
  const bag = new SocketBag();
  beforeAll(async () => {
    logs = captureLogs('trace');
    server = await startTestServer({ env: ADMIN_ENV, log: logs.log });
  });
  afterEach(() => bag.closeAll());
  afterAll(() => server.close());

  /** Runs a whole visitor journey from a recognisable address and browser; returns its secrets (visitor tokens, the resume code, the counselor's password and session id). */
  async function journey(): Promise<string[]> {
    await fetch(`${server.url}/api/status`, { headers: probeHeaders });
    await fetch(`${server.url}/api/nothing?nickname=${encodeURIComponent(NICKNAME)}`, { headers: probeHeaders });
    const c = await counselor(server, bag);
    const visitor = bag.add(await visitorFromAfar(server));
    const started = await ok(visitor, 'consultation:start', { audience: 'self', topic: 'mind-health', nickname: NICKNAME, message: FIRST });
    await ok(c.socket, 'consultation:claim', { consultationId: started.consultationId });
    await ok(visitor, 'message:send', { clientMessageId: 'v-1', body: LATER });
    await call(visitor, 'message:send', { clientMessageId: 'v-2', body: `${LATER} ${'x'.repeat(4001)}` }); // refused, but still must not be logged
    const heard = next<WireMessage>(visitor, 'message:created', (m) => m.body === REPLY);
    await ok(c.socket, 'message:send', { consultationId: started.consultationId, clientMessageId: 's-1', body: REPLY });
    await heard;
    await ok(c.socket, 'message:send', { consultationId: started.consultationId, clientMessageId: 's-2', body: NOTE, visibility: 'staff' });
    // A second visitor still waits (its preview stays in the queue) and a third is handed back with a note.
    await ok(bag.add(await visitorFromAfar(server)), 'consultation:start', { audience: 'family', topic: 'family', message: WAITING });
    const handed = bag.add(await visitorFromAfar(server));
    const third = await ok(handed, 'consultation:start', { audience: 'self', topic: 'other', message: `${FIRST} again` });
    await ok(c.socket, 'consultation:claim', { consultationId: third.consultationId });
    await ok(c.socket, 'consultation:handover', { consultationId: third.consultationId, note: HANDOVER });
    const other = bag.add(await visitorFromAfar(server));
    const resumed = await ok(other, 'consultation:resume', { resumeCode: started.resumeCode });
    bag.add(await visitorFromAfar(server, resumed.token));
    await ok(c.socket, 'consultation:close', { consultationId: started.consultationId, outcome: 'listened' });
    await http(server, 'POST', '/api/auth/login', { body: { loginId: c.staff.loginId, password: c.password } });
    return [started.token, started.resumeCode, resumed.token, c.password, c.cookie.slice(c.cookie.indexOf('=') + 1)];
  }

  it('should log nothing of what a visitor said or who they are when the server logs at trace level', async () => {
    const from = logs.text().length; // start-up lines name the server's own listening address; what follows is the journey
    const secrets = await journey();
    await server.hidamari.realtime.flushQueue();
    const written = logs.text().slice(from);

    expect(written).toContain('/api/status'); // the capture works: requests are logged, by path
    for (const needle of [NICKNAME, ...CONVERSATION, ...secrets]) {
      expect(written.includes(needle), `log contains ${needle}`).toBe(false);
    }
    for (const needle of ['127.0.0.1', FORWARDED, AGENT, 'user-agent', 'remoteAddress', 'x-forwarded-for']) {
      expect(written.toLowerCase().includes(needle.toLowerCase()), `log contains ${needle}`).toBe(false);
    }
  });

  /** Every row of every table of the schema as JSON text: what a stolen database dump holds. */
  async function dump(): Promise<string> {
    const db = server.hidamari.database.db;
    const tables = await rows<{ t: string }>(db, sql`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    let out = '';
    for (const { t } of tables) {
      const found = await rows<{ j: string }>(db, sql`SELECT row_to_json(x)::text AS j FROM ${sql.identifier(t)} x`);
      out += found.map((r) => r.j).join('\n');
    }
    return out;
  }

  it('should keep no address or browser in any table and store tokens and resume codes only hashed', async () => {
    const secrets = await journey();
    const db = server.hidamari.database.db;
    const columns = await rows<{ table_name: string; column_name: string }>(
      db, sql`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    expect(columns.length).toBeGreaterThan(20);
    const suspicious = columns.filter((c) => /(^|_)ip($|_)|addr|agent|remote|forwarded|fingerprint|device/i.test(c.column_name));
    expect(suspicious).toEqual([]);

    const all = await dump();
    expect(all).toContain(NICKNAME); // the dump reads real rows
    for (const needle of ['127.0.0.1', FORWARDED, AGENT, ...secrets]) {
      expect(all.includes(needle), `database holds ${needle}`).toBe(false);
    }
  });

  it('should hold no conversation text (bodies, previews, notes) anywhere in a full dump of the database', async () => {
    await journey();
    const db = server.hidamari.database.db;
    const stored = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM messages`);
    expect(stored[0]!.n).toBeGreaterThanOrEqual(5); // the journey's words are stored, as ciphertext
    const all = await dump();
    for (const needle of CONVERSATION) expect(all.includes(needle), `database holds ${needle} in clear`).toBe(false);
    // Nor a recognisable piece of the Japanese text around the markers.
    for (const needle of ['誰にも言っていない秘密', '家から出られない', 'お話ししてくれて', '家族との関係に注意', '夜が不安', 'まだ誰とも話して']) {
      expect(all.includes(needle), `database holds ${needle} in clear`).toBe(false);
    }
  });
});
