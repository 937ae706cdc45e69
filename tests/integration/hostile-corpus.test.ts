import { ErrorCode } from '@hidamari/shared';
import { sql } from 'drizzle-orm';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/raw.js';
import { adminSession, callRaw, createShift, createStaff, visitorSocket } from '../support/clients.js';
import { claimedChat, counselor, dropped, SocketBag } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';
import { httpCorpus, socketCorpus, type HttpCase, type Ids, type Sender, type SocketCase } from './hostile/corpus.js';

const KNOWN = new Set<string>(Object.values(ErrorCode));

describe('a hostile corpus gets typed refusals, writes nothing and leaves the server up', () => {
  const ctx = serverPerFile();
  const bag = new SocketBag();
  let ids: Ids;
  let senders: Record<Sender, Socket | undefined>;
  let adminCookie: string;

  /** Rows in every table of the schema, by table. */
  async function rowCounts(): Promise<Record<string, number>> {
    const db = ctx.server.hidamari.database.db;
    const tables = await rows<{ t: string }>(db, sql`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
    const out: Record<string, number> = {};
    for (const { t } of tables) out[t] = (await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(t)}`))[0]!.n;
    return out;
  }

  async function healthy(): Promise<void> {
    for (const path of ['/healthz', '/readyz']) expect([path, (await fetch(ctx.server.url + path)).status]).toEqual([path, 200]);
  }

  beforeAll(async () => {
    const chat = await claimedChat(ctx.server, bag, { message: 'hostile target' });
    const other = await claimedChat(ctx.server, bag, { message: 'hostile other' });
    const outsider = await counselor(ctx.server, bag);
    const admin = await counselor(ctx.server, bag, { roles: ['admin'], onDuty: false });
    const spare = await createStaff(ctx.server);
    const shiftId = await createShift(ctx.server, spare.staff.id, { startsAt: new Date('2098-01-01T00:00:00Z'), endsAt: new Date('2098-01-01T02:00:00Z') });
    ids = { consultationId: chat.consultationId, otherConsultationId: other.consultationId, staffId: spare.staff.id, shiftId };
    senders = {
      visitor: chat.visitor.socket, unbound: bag.add(await visitorSocket(ctx.server)), counselor: chat.counselor.socket, outsider: outsider.socket,
      admin: admin.socket, anonymous: undefined,
    };
    adminCookie = await adminSession(ctx.server);
  });
  afterAll(() => bag.closeAll());

  async function answerTo(c: SocketCase): Promise<string> {
    const socket = senders[c.as];
    if (!socket?.connected) return `the ${c.as} socket is not connected`;
    try {
      const ack = await callRaw(socket, c.event, c.payload);
      if (ack.ok) return 'ok';
      return KNOWN.has(ack.error.code) ? ack.error.code : `unknown code ${ack.error.code}`;
    } catch (err) {
      return `no answer (${(err as Error).message})`;
    }
  }

  async function statusOf(c: HttpCase): Promise<string> {
    const headers: Record<string, string> = { origin: ctx.server.url };
    if (c.as === 'admin') headers.cookie = adminCookie;
    let body: string | Buffer | undefined;
    if (c.raw) {
      headers['content-type'] = c.raw.type;
      body = c.raw.text;
    } else if (c.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(c.body);
    }
    const res = await fetch(ctx.server.url + c.path, { method: c.method, headers, body: typeof body === 'string' || body === undefined ? body : new Uint8Array(body) });
    const text = await res.text();
    let code = '(not JSON)';
    try {
      code = (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? '(no code)';
    } catch { /* reported as not JSON */ }
    return `${res.status} ${code}`;
  }

  it('should refuse at least 200 socket payloads across every event, each with its typed code, and change no row', async () => {
    const corpus = socketCorpus(ids);
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const before = await rowCounts();
    const wrong: string[] = [];
    for (const c of corpus) {
      const got = await answerTo(c);
      if (!c.expect.includes(got)) wrong.push(`${c.as} ${c.label}: ${got} (expected ${c.expect.join(' or ')})`);
    }
    expect(wrong).toEqual([]);
    expect(await rowCounts()).toEqual(before);
    await healthy();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('should refuse at least 100 HTTP requests with a 4xx JSON code and change no row', async () => {
    const corpus = httpCorpus(ids);
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    const before = await rowCounts();
    const wrong: string[] = [];
    for (const c of corpus) {
      const got = await statusOf(c);
      const want = `${c.expect[0]} ${c.expect[1]}`;
      if (got !== want) wrong.push(`${c.label}: ${got} (expected ${want})`);
    }
    expect(wrong).toEqual([]);
    expect(await rowCounts()).toEqual(before);
    await healthy();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('should drop a socket that sends 1 MB in one event, keep the server up and store nothing', async () => {
    const before = await rowCounts();
    const visitor = bag.add(await visitorSocket(ctx.server));
    const gone = dropped(visitor);
    visitor.emit('consultation:start', { audience: 'self', topic: 'other', message: 'x'.repeat(1 << 20) }, () => undefined);
    expect(await gone).toBe('transport close');
    const staff = senders.counselor!;
    const staffGone = dropped(staff);
    staff.emit('message:send', { consultationId: ids.consultationId, clientMessageId: 'big', body: 'x'.repeat(1 << 20) }, () => undefined);
    expect(await staffGone).toBe('transport close');
    expect(await rowCounts()).toEqual(before);
    await healthy();
  });
});
