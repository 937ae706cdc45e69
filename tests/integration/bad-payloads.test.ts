import type { QueueItem, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { adminSession, call, http, ok, visitorSocket } from '../support/clients.js';
import { claimedChat, counselor, myConsultations, staffSync, visitorSync } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const NO_SUCH = '00000000-0000-4000-8000-000000000000';

describe('bad payloads', () => {
  const ctx = serverPerFile();

  it('should name the bad field with INVALID_PAYLOAD and start nothing when a visitor event is malformed', async () => {
    const v = ctx.bag.add(await visitorSocket(ctx.server));
    const watcher = await counselor(ctx.server, ctx.bag, { onDuty: false });
    const before = (await ok<{ items: QueueItem[] }>(watcher.socket, 'queue:list')).items.length;
    const cases: [string, unknown, string][] = [
      ['consultation:start', { topic: 'family' }, 'audience'],
      ['consultation:start', { audience: 'self', topic: 'weather' }, 'topic'],
      ['consultation:start', { audience: 'self', topic: 'family', nickname: 'n'.repeat(41) }, 'nickname'],
      ['consultation:start', { audience: 'self', topic: 'family', message: 'm'.repeat(4001) }, 'message'],
      ['consultation:start', { audience: 'self', topic: 'family', locale: 'fr' }, 'locale'],
      ['consultation:resume', { resumeCode: 'abc' }, 'resumeCode'],
      ['consultation:resume', {}, 'resumeCode'],
    ];
    for (const [event, payload, field] of cases) {
      expect([event, field, await call(v, event, payload)]).toMatchObject([event, field, { ok: false, error: { code: 'INVALID_PAYLOAD', field } }]);
    }
    expect((await ok<{ items: QueueItem[] }>(watcher.socket, 'queue:list')).items).toHaveLength(before);
    expect(await call(v, 'messages:sync', { afterSeq: 0 })).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } });
  });

  it('should name the bad field with INVALID_PAYLOAD and write nothing when a chat event is malformed', async () => {
    const { visitor, counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag, { message: 'はじめの言葉' });
    const visitorCases: [string, unknown, string][] = [
      ['message:send', { body: 'no id' }, 'clientMessageId'],
      ['message:send', { clientMessageId: '   ', body: 'blank id' }, 'clientMessageId'],
      ['message:send', { clientMessageId: 'x'.repeat(65), body: 'long id' }, 'clientMessageId'],
      ['message:send', { clientMessageId: 'v-1' }, 'body'],
      ['message:send', { clientMessageId: 'v-1', body: 42 }, 'body'],
      ['messages:sync', { afterSeq: -1 }, 'afterSeq'],
      ['messages:sync', { afterSeq: 1.5 }, 'afterSeq'],
      ['messages:sync', { afterSeq: '0' }, 'afterSeq'],
      ['typing:set', { typing: 'yes' }, 'typing'],
    ];
    for (const [event, payload, field] of visitorCases) {
      expect([event, field, await call(visitor.socket, event, payload)]).toMatchObject([event, field, { ok: false, error: { code: 'INVALID_PAYLOAD', field } }]);
    }
    const staffCases: [string, unknown, string][] = [
      ['duty:set', {}, 'onDuty'],
      ['duty:set', { onDuty: 'true' }, 'onDuty'],
      ['consultation:claim', { consultationId: 'not-a-uuid' }, 'consultationId'],
      ['message:send', { consultationId, clientMessageId: 's-1' }, 'body'],
      ['message:send', { clientMessageId: 's-1', body: 'no chat' }, 'consultationId'],
      ['message:send', { consultationId, clientMessageId: 's-1', body: 'hi', visibility: 'secret' }, 'visibility'],
      ['messages:sync', { consultationId }, 'afterSeq'],
      ['consultation:close', { consultationId, outcome: 'solved' }, 'outcome'],
      ['consultation:close', { consultationId, tags: ['ok', ''] }, 'tags.1'],
      ['consultation:close', { consultationId, tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, 'tags'],
      ['typing:set', { consultationId: NO_SUCH }, 'typing'],
    ];
    for (const [event, payload, field] of staffCases) {
      expect([event, field, await call(c.socket, event, payload)]).toMatchObject([event, field, { ok: false, error: { code: 'INVALID_PAYLOAD', field } }]);
    }
    // A payload that is not even an object is refused the same way.
    expect(await call(visitor.socket, 'message:send', 'just a string')).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });

    expect((await staffSync(c.socket, consultationId)).map((m) => m.body)).toEqual(['はじめの言葉']);
    expect(await myConsultations(c.socket)).toMatchObject([{ id: consultationId, status: 'active', tags: [] }]);
  });

  it('should refuse a blank or 4001-character body and accept exactly 4000 characters', async () => {
    const { visitor, counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    for (const body of ['      ', '\n\t ', 'あ'.repeat(4001)]) {
      expect(await call(visitor.socket, 'message:send', { clientMessageId: `v-${body.length}`, body })).toMatchObject({
        ok: false, error: { code: 'INVALID_PAYLOAD', field: 'body' },
      });
      expect(await call(c.socket, 'message:send', { consultationId, clientMessageId: `s-${body.length}`, body })).toMatchObject({
        ok: false, error: { code: 'INVALID_PAYLOAD', field: 'body' },
      });
    }
    expect(await visitorSync(visitor.socket)).toEqual([]);

    const longest = 'あ'.repeat(4000);
    const sent = await ok<{ message: WireMessage }>(visitor.socket, 'message:send', { clientMessageId: 'v-max', body: `  ${longest}  ` });
    expect(sent.message).toMatchObject({ seq: 1, body: longest });
    expect((await staffSync(c.socket, consultationId)).map((m) => m.body.length)).toEqual([4000]);
  });

  it('should answer 400 naming the field when an admin HTTP body is invalid, and create nobody', async () => {
    const cookie = await adminSession(ctx.server);
    const good = { loginId: 'valid.login', displayName: '相談員', password: 'long-enough-password', roles: ['counselor'] };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, loginId: 'x' }, 'loginId'],
      [{ ...good, password: 'short' }, 'password'],
      [{ ...good, roles: [] }, 'roles'],
      [{ ...good, roles: ['janitor'] }, 'roles.0'],
      [{ ...good, teams: ['Family Team'] }, 'teams.0'],
      [{ ...good, maxConcurrent: 11 }, 'maxConcurrent'],
      [{ ...good, displayName: undefined }, 'displayName'],
    ];
    for (const [body, field] of cases) {
      const res = await http<{ error: { code: string; field?: string } }>(ctx.server, 'POST', '/api/staff', { cookie, body });
      expect([field, res.status, res.body.error]).toMatchObject([field, 400, { code: 'INVALID_PAYLOAD', field }]);
    }
    const shift = await http<{ error: { field?: string } }>(ctx.server, 'POST', '/api/shifts', {
      cookie, body: { staffId: NO_SUCH, startsAt: '2030-01-01T10:00:00Z', endsAt: '2030-01-01T09:00:00Z' },
    });
    expect([shift.status, shift.body.error.field]).toEqual([400, 'endsAt']);
    const list = await http<{ staff: { loginId: string }[] }>(ctx.server, 'GET', '/api/staff', { cookie });
    expect(list.body.staff.some((s) => s.loginId === 'valid.login')).toBe(false);
  });

  it('should answer 400 INVALID_PAYLOAD to malformed JSON and 404 NOT_FOUND to an unknown API route', async () => {
    const res = await fetch(`${ctx.server.url}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: ctx.server.url }, body: '{"loginId": "admin", ',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('INVALID_PAYLOAD');

    for (const [method, path] of [['GET', '/api/nothing-here'], ['POST', '/api/staff/extra/segments'], ['DELETE', '/api/me']]) {
      const r = await http<{ error: { code: string } }>(ctx.server, method!, path!);
      expect([method, path, r.status, r.body.error.code]).toEqual([method, path, 404, 'NOT_FOUND']);
    }
  });
});
