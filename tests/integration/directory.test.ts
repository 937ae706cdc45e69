/** The directory of local services: admins keep it, whoever counsels searches it (issue 12). */
import type { Service } from '@hidamari/shared';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../server/src/db/schema.js';
import { adminSession, createStaff, http } from '../support/clients.js';
import { serverPerFile } from '../support/suite.js';

type Err = { error: { code: string; field?: string } };
type One = { service: Service } & Err;
type Many = { services: Service[] } & Err;

const entry = (over: Record<string, unknown> = {}) => ({
  kind: 'hikikomori_center', name: '架空市ひきこもり地域支援センター', area: { prefecture: '東京都', municipality: '架空市' },
  phone: '03-0000-0000', url: 'https://example.jp/center', hours: '平日 9:00〜17:00', description: 'ご本人とご家族のための相談窓口です。',
  en: { name: 'Kakū City Hikikomori Support Center', description: 'A help desk for people and their families.', hours: 'Weekdays 9:00–17:00' },
  ...over,
});

describe('directory of services', () => {
  const ctx = serverPerFile();
  const create = async (body: object) => {
    const res = await http<One>(ctx.server, 'POST', '/api/services', { cookie: await adminSession(ctx.server), body });
    expect(res.status).toBe(201);
    return res.body.service;
  };
  const search = async (cookie: string, query: string) => (await http<Many>(ctx.server, 'GET', `/api/services${query}`, { cookie })).body.services;

  it('should let admins create, read, edit and delete entries, auditing each change', async () => {
    const admin = await adminSession(ctx.server);
    const created = await create(entry());
    expect(created).toMatchObject({ kind: 'hikikomori_center', area: { prefecture: '東京都', municipality: '架空市' }, en: { hours: 'Weekdays 9:00–17:00' } });
    expect((await http<One>(ctx.server, 'GET', `/api/services/${created.id}`, { cookie: admin })).body.service).toEqual(created);

    // null clears an optional field; absent ones stay.
    const patched = await http<One>(ctx.server, 'PATCH', `/api/services/${created.id}`, { cookie: admin, body: { phone: null, en: null, hours: '毎日 10:00〜16:00' } });
    expect(patched.status).toBe(200);
    expect(patched.body.service).not.toHaveProperty('phone');
    expect(patched.body.service).not.toHaveProperty('en');
    expect(patched.body.service).toMatchObject({ hours: '毎日 10:00〜16:00', url: 'https://example.jp/center', name: created.name });

    expect((await http(ctx.server, 'DELETE', `/api/services/${created.id}`, { cookie: admin })).status).toBe(204);
    expect((await http<Err>(ctx.server, 'GET', `/api/services/${created.id}`, { cookie: admin })).body.error.code).toBe('NOT_FOUND');
    expect((await http<Err>(ctx.server, 'DELETE', `/api/services/${created.id}`, { cookie: admin })).status).toBe(404);

    const trail = await ctx.server.hidamari.database.db.select().from(auditLog).where(eq(auditLog.subject, `service:${created.id}`));
    expect(trail.map((e) => e.action).sort()).toEqual(['service.created', 'service.deleted', 'service.updated']);
    expect((trail.find((e) => e.action === 'service.updated')?.data as { keys: string[] }).keys.sort()).toEqual(['en', 'hours', 'phone']);
  });

  it('should let counselors search but not edit, and refuse visitors and anonymous callers', async () => {
    const counselor = await createStaff(ctx.server);
    const made = await create(entry({ name: '権限テスト用の窓口' }));
    expect((await http<Err>(ctx.server, 'POST', '/api/services', { cookie: counselor.cookie, body: entry() })).status).toBe(403);
    expect((await http<Err>(ctx.server, 'PATCH', `/api/services/${made.id}`, { cookie: counselor.cookie, body: { name: 'x' } })).status).toBe(403);
    expect((await http<Err>(ctx.server, 'DELETE', `/api/services/${made.id}`, { cookie: counselor.cookie })).status).toBe(403);
    expect((await http<Many>(ctx.server, 'GET', '/api/services?q=権限テスト', { cookie: counselor.cookie })).body.services.map((s) => s.id)).toEqual([made.id]);
    expect((await http<One>(ctx.server, 'GET', `/api/services/${made.id}`, { cookie: counselor.cookie })).status).toBe(200);
    expect((await http<Err>(ctx.server, 'GET', '/api/services')).status).toBe(401);
    expect((await http<Err>(ctx.server, 'POST', '/api/services', { body: entry() })).status).toBe(401);
  });

  it.each([
    ['a web address that is not http(s)', { url: 'javascript:alert(1)' }, 'url'],
    ['a phone with letters', { phone: 'call us' }, 'phone'],
    ['no prefecture', { area: { prefecture: ' ' } }, 'area.prefecture'],
    ['an unknown kind', { kind: 'school' }, 'kind'],
    ['an English name left empty', { en: { name: '', description: '' } }, 'en.name'],
  ])('should refuse %s naming the field', async (_case, over, field) => {
    const res = await http<Err>(ctx.server, 'POST', '/api/services', { cookie: await adminSession(ctx.server), body: entry(over) });
    expect([res.status, res.body.error]).toMatchObject([400, { code: 'INVALID_PAYLOAD', field }]);
  });

  it('should refuse an empty patch and an invalid patched field naming it', async () => {
    const admin = await adminSession(ctx.server);
    const made = await create(entry({ name: 'パッチ検証' }));
    expect((await http<Err>(ctx.server, 'PATCH', `/api/services/${made.id}`, { cookie: admin, body: {} })).status).toBe(400);
    const bad = await http<Err>(ctx.server, 'PATCH', `/api/services/${made.id}`, { cookie: admin, body: { url: 'ftp://example.jp' } });
    expect(bad.body.error).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'url' });
  });

  it('should search by words in either language, kind and prefecture, in area order', async () => {
    const counselor = await createStaff(ctx.server);
    const tag = `t${Date.now()}`;
    const a = await create(entry({ name: `${tag} 若者サポートステーション`, kind: 'youth_support_station', area: { prefecture: '大阪府', municipality: '架空町' }, en: undefined }));
    const b = await create(entry({ name: `居場所 ${tag}`, kind: 'ibasho', area: { prefecture: '北海道' }, en: { name: `Ibasho Sunroom ${tag}`, description: 'A quiet place to be.' } }));
    const c = await create(entry({ name: `${tag} 家族教室`, kind: 'family_class', area: { prefecture: '大阪府', municipality: 'あさひ市' }, description: `毎月 100%_参加無料 ${tag}` }));
    const ids = (list: Service[]) => list.map((s) => s.id);

    // Prefectures north to south (北海道 before 大阪府, though 大 sorts first by code), then municipality (none first), then name.
    expect(ids(await search(counselor.cookie, `?q=${tag}`))).toEqual([b.id, c.id, a.id]);
    const d = await create(entry({ name: `${tag} 沖縄`, area: { prefecture: '沖縄県' } }));
    const e = await create(entry({ name: `${tag} 青森`, area: { prefecture: '青森県' } }));
    expect(ids(await search(counselor.cookie, `?q=${tag}`))).toEqual([b.id, e.id, c.id, a.id, d.id]);
    expect(ids(await search(counselor.cookie, `?q=${encodeURIComponent('sunroom ' + tag.toUpperCase())}`))).toEqual([b.id]);
    expect(ids(await search(counselor.cookie, `?q=${tag}&kind=family_class`))).toEqual([c.id]);
    expect(ids(await search(counselor.cookie, `?q=${tag}&prefecture=${encodeURIComponent('大阪府')}`)).sort()).toEqual([a.id, c.id].sort());
    expect(ids(await search(counselor.cookie, `?q=${encodeURIComponent('架空町')}&kind=youth_support_station`))).toEqual([a.id]);
    // LIKE's wildcards are matched as themselves.
    expect(ids(await search(counselor.cookie, `?q=${encodeURIComponent('100%_')}`))).toEqual([c.id]);
    expect(await search(counselor.cookie, `?q=${encodeURIComponent('%')}&kind=family_class&prefecture=${encodeURIComponent('大阪府')}`)).toHaveLength(1);
    expect(await search(counselor.cookie, `?q=${encodeURIComponent('_')}&prefecture=${encodeURIComponent('北海道')}`)).toHaveLength(0);
    const bad = await http<Err>(ctx.server, 'GET', '/api/services?kind=school', { cookie: counselor.cookie });
    expect(bad.body.error).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'kind' });
    const audit = await ctx.server.hidamari.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'service.created'), eq(auditLog.subject, `service:${a.id}`)));
    expect(audit).toHaveLength(1);
  });
});
