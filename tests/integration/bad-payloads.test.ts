import { describe, expect, it } from 'vitest';
import { ADMIN, adminSession, call, callRaw, http, ok, visitorSocket } from '../support/clients.js';
import { claimedChat, counselor, myConsultations, refusedHandshake, staffSync, visitorSync } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const NO_SUCH = '00000000-0000-4000-8000-000000000000';

describe('bad payloads', () => {
  const ctx = serverPerFile();

  it('should name the bad field with INVALID_PAYLOAD and start nothing when a visitor event is malformed', async () => {
    const v = ctx.bag.add(await visitorSocket(ctx.server));
    const watcher = await counselor(ctx.server, ctx.bag, { onDuty: false });
    const before = (await ok(watcher.socket, 'queue:list')).items.length;
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
      expect([event, field, await callRaw(v, event, payload)]).toMatchObject([event, field, { ok: false, error: { code: 'INVALID_PAYLOAD', field } }]);
    }
    expect((await ok(watcher.socket, 'queue:list')).items).toHaveLength(before);
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
      expect([event, field, await callRaw(visitor.socket, event, payload)]).toMatchObject([event, field, { ok: false, error: { code: 'INVALID_PAYLOAD', field } }]);
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
      expect([event, field, await callRaw(c.socket, event, payload)]).toMatchObject([event, field, { ok: false, error: { code: 'INVALID_PAYLOAD', field } }]);
    }
    // A payload that is not even an object is refused the same way.
    expect(await callRaw(visitor.socket, 'message:send', 'just a string')).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });

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
    const sent = await ok(visitor.socket, 'message:send', { clientMessageId: 'v-max', body: `  ${longest}  ` });
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

  it('should answer 400 naming the field when an HTTP body holds NUL or a date out of range, and store nothing', async () => {
    const cookie = await adminSession(ctx.server);
    const me = (await http<{ staff: { id: string } }>(ctx.server, 'GET', '/api/me', { cookie })).body.staff;
    const good = { loginId: 'nul.check', displayName: '相談員', password: 'long-enough-password', roles: ['counselor'] };
    const shift = { staffId: me.id, role: 'admin', startsAt: '2030-01-01T09:00:00Z', endsAt: '2030-01-01T17:00:00Z' };
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['POST', '/api/staff', { ...good, displayName: 'a\u0000b' }, 'displayName'],
      ['POST', '/api/staff', { ...good, password: 'long-enough\u0000password' }, 'password'],
      ['POST', '/api/staff', { ...good, teams: ['family', 'you\u0000th'] }, 'teams.1'],
      ['POST', '/api/auth/login', { loginId: 'ad\u0000min', password: ADMIN.password }, 'loginId'],
      ['POST', '/api/auth/login', { loginId: ADMIN.loginId, password: 'pass\u0000word' }, 'password'],
      ['POST', '/api/setup', { ...good, token: 'setup-token\u0000-x' }, 'token'],
      ['POST', '/api/shifts', { ...shift, startsAt: '2024-02-30T10:00:00Z' }, 'startsAt'],
      ['POST', '/api/shifts', { ...shift, startsAt: '+275760-09-13T00:00:00Z' }, 'startsAt'],
      ['POST', '/api/shifts', { ...shift, startsAt: '+010000-01-01T00:00:00Z' }, 'startsAt'],
      ['POST', '/api/shifts', { ...shift, startsAt: '0000-01-01T10:00:00Z' }, 'startsAt'],
      ['POST', '/api/shifts', { ...shift, endsAt: '2030-01-01T17:00:00Z\u0000' }, 'endsAt'],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await http<{ error: { code: string; field?: string } }>(ctx.server, method, path, { cookie, body });
      expect([path, field, res.status, res.body.error]).toMatchObject([path, field, 400, { code: 'INVALID_PAYLOAD', field }]);
    }
    const early = await http<{ error: { field?: string } }>(ctx.server, 'GET', '/api/shifts?from=0000-01-01T00:00:00Z', { cookie });
    expect([early.status, early.body.error.field]).toEqual([400, 'from']);
    // Other tests of this file put counselors on shifts; none of the refused ones (all the admin's) was stored.
    const shifts = await http<{ shifts: { staffId: string }[] }>(ctx.server, 'GET', '/api/shifts?from=1970-01-01T00:00:00Z&to=9999-01-01T00:00:00Z', { cookie });
    expect(shifts.body.shifts.filter((s) => s.staffId === me.id)).toEqual([]);
  });

  it('should refuse NUL in any visitor or staff text naming the field, and store a lone surrogate as U+FFFD in what it acknowledges', async () => {
    const v = ctx.bag.add(await visitorSocket(ctx.server));
    for (const [payload, field] of [
      [{ audience: 'self', topic: 'family', nickname: 'ni\u0000ck' }, 'nickname'],
      [{ audience: 'self', topic: 'family', message: 'hello\u0000' }, 'message'],
    ] as const) {
      expect(await call(v, 'consultation:start', payload)).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', field } });
    }
    expect(await call(v, 'consultation:resume', { resumeCode: 'ABCD-\u0000EFG-HIJK' })).toMatchObject({
      ok: false, error: { code: 'INVALID_PAYLOAD', field: 'resumeCode' },
    });
    expect((await refusedHandshake(ctx.server, '/visitor', { auth: { token: 'tok\u0000en' } })).message).toBe('INVALID_PAYLOAD');

    const { visitor, counselor: c, consultationId } = await claimedChat(ctx.server, ctx.bag);
    expect(await call(visitor.socket, 'message:send', { clientMessageId: 'v-nul', body: 'a\u0000b' })).toMatchObject({
      ok: false, error: { code: 'INVALID_PAYLOAD', field: 'body' },
    });
    expect(await call(visitor.socket, 'message:send', { clientMessageId: 'v\u0000', body: 'ok' })).toMatchObject({
      ok: false, error: { code: 'INVALID_PAYLOAD', field: 'clientMessageId' },
    });
    expect(await call(c.socket, 'consultation:close', { consultationId, tags: ['ok', 'b\u0000d'] })).toMatchObject({
      ok: false, error: { code: 'INVALID_PAYLOAD', field: 'tags.1' },
    });

    const sent = await ok(visitor.socket, 'message:send', { clientMessageId: 'v-lone', body: 'half \ud83d of a smile' });
    expect(sent.message.body).toBe('half \ufffd of a smile');
    expect((await visitorSync(visitor.socket)).map((m) => m.body)).toEqual([sent.message.body]);
    expect((await staffSync(c.socket, consultationId)).map((m) => m.body)).toEqual([sent.message.body]);
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
