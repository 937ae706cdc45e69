/** The center's offers: a public page of what is still ahead, kept by admins (issue 12). */
import type { Offer, PublicOffer } from '@hidamari/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../server/src/db/schema.js';
import { ADMIN_ENV, adminSession, createStaff, http } from '../support/clients.js';
import { serverPerFile } from '../support/suite.js';
import { testClock } from '../support/test-server.js';

type Err = { error: { code: string; field?: string } };
type Upcoming = { offers: PublicOffer[]; timezone: string };

const HOUR = 3_600_000;
/** Far ahead, so the rows of this file are the only ones the public page lists at its clock. */
const T0 = Date.UTC(2090, 5, 1, 3, 0, 0);
const at = (h: number) => new Date(T0 + h * HOUR).toISOString();

describe('offers', () => {
  const clock = testClock();
  const ctx = serverPerFile({ env: ADMIN_ENV, now: clock.now });
  const create = async (body: object): Promise<Offer> => {
    const res = await http<{ offer: Offer } & Err>(ctx.server, 'POST', '/api/offers', { cookie: await adminSession(ctx.server), body });
    expect(res.status).toBe(201);
    return res.body.offer;
  };
  const upcoming = async (query = '') => {
    const res = await http<Upcoming>(ctx.server, 'GET', `/api/offers/upcoming${query}`, { origin: null });
    expect(res.status).toBe(200);
    return res.body;
  };
  const titles = (list: PublicOffer[]) => list.map((o) => o.title);

  it('should list what has not ended yet to anyone, soonest first, in the language asked', async () => {
    clock.advanceTo(new Date(T0));
    const base = { place: 'ひだまり相談室（架空市中央1-2-3）', audience: 'all', description: '申込不要です。' };
    await create({ ...base, title: '終わった講座', startsAt: at(-5), endsAt: at(-3) });
    await create({ ...base, title: '始まったばかりの居場所', startsAt: at(-1), endsAt: at(2), en: { title: 'Ibasho day (on now)', description: 'Drop in.' } });
    await create({ ...base, title: '開始済みで終わりのない会', startsAt: at(-2) });
    await create({ ...base, title: '来週の家族教室', startsAt: at(24 * 7), audience: 'family', place: 'オンライン（Zoom）' });
    await create({ ...base, title: '明日のセミナー', startsAt: at(24), endsAt: at(26), en: { title: 'Seminar tomorrow', description: '' } });

    const ja = await upcoming();
    expect(ja.timezone).toBe('Asia/Tokyo');
    expect(titles(ja.offers)).toEqual(['始まったばかりの居場所', '明日のセミナー', '来週の家族教室']);
    expect(ja.offers[2]).toEqual({
      id: expect.any(String), title: '来週の家族教室', startsAt: at(24 * 7), place: 'オンライン（Zoom）', audience: 'family', description: '申込不要です。',
    });
    const en = await upcoming('?locale=en');
    expect(titles(en.offers)).toEqual(['Ibasho day (on now)', 'Seminar tomorrow', '来週の家族教室']);
    expect(en.offers.map((o) => o.description)).toEqual(['Drop in.', '申込不要です。', '申込不要です。']);

    // A day later the first two have ended; past ones are hidden, not deleted.
    clock.advanceTo(new Date(T0 + 26 * HOUR));
    expect(titles((await upcoming()).offers)).toEqual(['来週の家族教室']);
    const all = await http<{ offers: Offer[] }>(ctx.server, 'GET', '/api/offers', { cookie: await adminSession(ctx.server) });
    expect(all.body.offers.map((o) => o.title).slice(0, 5)).toEqual(['来週の家族教室', '明日のセミナー', '始まったばかりの居場所', '開始済みで終わりのない会', '終わった講座']);
    // An API answer like any other: not kept by the browser or a proxy (an edit shows at once).
    expect((await fetch(`${ctx.server.url}/api/offers/upcoming`)).headers.get('cache-control')).toContain('no-store');
    expect((await http<Err>(ctx.server, 'GET', '/api/offers/upcoming?locale=fr')).body.error).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'locale' });
  });

  it('should keep editing to admins, auditing each change', async () => {
    const admin = await adminSession(ctx.server);
    const counselor = await createStaff(ctx.server);
    const body = { title: 'ひきこもり理解セミナー', startsAt: at(48), endsAt: at(50), place: '市民会館', audience: 'all', description: '' };
    expect((await http<Err>(ctx.server, 'POST', '/api/offers', { cookie: counselor.cookie, body })).status).toBe(403);
    expect((await http<Err>(ctx.server, 'POST', '/api/offers', { body })).status).toBe(401);
    expect((await http<Err>(ctx.server, 'GET', '/api/offers', { cookie: counselor.cookie })).status).toBe(403);
    const offer = await create(body);
    expect((await http<Err>(ctx.server, 'PATCH', `/api/offers/${offer.id}`, { cookie: counselor.cookie, body: { title: 'x' } })).status).toBe(403);
    expect((await http<Err>(ctx.server, 'DELETE', `/api/offers/${offer.id}`, { cookie: counselor.cookie })).status).toBe(403);
    expect((await http<Err>(ctx.server, 'GET', `/api/offers/${offer.id}`, { cookie: counselor.cookie })).status).toBe(403);

    const patched = await http<{ offer: Offer }>(ctx.server, 'PATCH', `/api/offers/${offer.id}`, {
      cookie: admin, body: { endsAt: null, en: { title: 'Understanding hikikomori', description: 'A seminar.' } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.offer).not.toHaveProperty('endsAt');
    expect(patched.body.offer).toMatchObject({ title: body.title, en: { title: 'Understanding hikikomori' } });
    expect((await http<{ offer: Offer }>(ctx.server, 'GET', `/api/offers/${offer.id}`, { cookie: admin })).body.offer).toEqual(patched.body.offer);
    expect((await http(ctx.server, 'DELETE', `/api/offers/${offer.id}`, { cookie: admin })).status).toBe(204);
    expect((await http<Err>(ctx.server, 'PATCH', `/api/offers/${offer.id}`, { cookie: admin, body: { title: 'x' } })).status).toBe(404);

    const trail = await ctx.server.hidamari.database.db.select().from(auditLog).where(eq(auditLog.subject, `offer:${offer.id}`));
    expect(trail.map((e) => e.action).sort()).toEqual(['offer.created', 'offer.deleted', 'offer.updated']);
  });

  it.each([
    ['an end before the start', { endsAt: at(47) }, 'endsAt'],
    ['a start without an offset', { startsAt: '2090-06-03T10:00:00' }, 'startsAt'],
    ['an unknown audience', { audience: 'children' }, 'audience'],
    ['an empty place', { place: ' ' }, 'place'],
  ])('should refuse %s naming the field', async (_case, over, field) => {
    const body = { title: 'x', startsAt: at(48), endsAt: at(50), place: '市民会館', audience: 'all', description: '', ...over };
    const res = await http<Err>(ctx.server, 'POST', '/api/offers', { cookie: await adminSession(ctx.server), body });
    expect([res.status, res.body.error]).toMatchObject([400, { code: 'INVALID_PAYLOAD', field }]);
  });

  it('should refuse a new start after the kept end, naming endsAt', async () => {
    const offer = await create({ title: '時間変更テスト', startsAt: at(48), endsAt: at(50), place: '市民会館', audience: 'self', description: '' });
    const res = await http<Err>(ctx.server, 'PATCH', `/api/offers/${offer.id}`, { cookie: await adminSession(ctx.server), body: { startsAt: at(51) } });
    expect([res.status, res.body.error]).toMatchObject([400, { code: 'INVALID_PAYLOAD', field: 'endsAt' }]);
  });
});
