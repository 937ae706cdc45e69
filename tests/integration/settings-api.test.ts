/** Admins change the service settings; a bad value names its field and writes nothing; every change is audited. */
import type { ServiceStatus, Settings } from '@hidamari/shared';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../server/src/db/schema.js';
import { adminSession, createStaff, http } from '../support/clients.js';
import { serverPerFile } from '../support/suite.js';

type Err = { error: { code: string; field?: string } };

describe('the settings API', () => {
  const ctx = serverPerFile();
  const get = async () => (await http<{ settings: Settings }>(ctx.server, 'GET', '/api/settings', { cookie: await adminSession(ctx.server) })).body.settings;
  const put = async (body: unknown) => http<{ settings: Settings } & Err>(ctx.server, 'PUT', '/api/settings', { cookie: await adminSession(ctx.server), body });
  const audits = () => ctx.server.hidamari.database.db.select().from(auditLog).where(eq(auditLog.action, 'settings.updated'));

  it('should change only the keys sent, show them to visitors at once and record who changed which', async () => {
    const before = await get();
    const hotlines = [{ name: '市の相談窓口', phone: '03-1234-5678', hours: '平日 9:00–17:00', url: 'https://example.jp/soudan' }, { name: '救急', phone: '119' }];
    const res = await put({ hotlines, offHoursText: { ja: '  夜は休みです  ', en: 'Closed at night' } });
    expect(res.status).toBe(200);
    expect(res.body.settings).toEqual({ ...before, hotlines, offHoursText: { ja: '夜は休みです', en: 'Closed at night' } });
    expect(await get()).toEqual(res.body.settings);

    const status = (await http<ServiceStatus>(ctx.server, 'GET', '/api/status?locale=ja', { origin: null })).body;
    expect(status).toMatchObject({ open: false, hotlines, message: '夜は休みです' });

    const [entry, ...more] = await audits();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ subject: 'settings:offHoursText,hotlines', data: { keys: ['offHoursText', 'hotlines'] } });
    const admin = (await http<{ staff: { id: string } }>(ctx.server, 'GET', '/api/me', { cookie: await adminSession(ctx.server) })).body.staff;
    expect(entry?.staffId).toBe(admin.id);

    // The same values again change nothing, so nothing is recorded.
    expect((await put({ hotlines })).status).toBe(200);
    expect(await audits()).toHaveLength(1);
  });

  it('should keep each hotline\'s language through a read and a save, and show a line only on its language\'s page', async () => {
    const hotlines = [
      { name: 'いのちの電話', phone: '0570-783-556', locale: 'ja' as const },
      { name: 'Inochi no Denwa', phone: '0570-783-556', locale: 'en' as const },
      { name: '救急', phone: '119' },
    ];
    expect((await put({ hotlines })).body.settings.hotlines).toEqual(hotlines);
    // The settings page saves what it read: the language must survive the round trip.
    const read = await get();
    expect(read.hotlines).toEqual(hotlines);
    expect((await put({ hotlines: read.hotlines })).body.settings.hotlines).toEqual(hotlines);
    const names = async (locale: string) =>
      (await http<ServiceStatus>(ctx.server, 'GET', `/api/status?locale=${locale}`, { origin: null })).body.hotlines.map((h) => h.name);
    expect(await names('ja')).toEqual(['いのちの電話', '救急']);
    expect(await names('en')).toEqual(['Inochi no Denwa', '救急']);
  });

  it.each([
    ['an empty hotline name', { hotlines: [{ name: ' ', phone: '119' }] }, 'hotlines.0.name'],
    ['a phone with letters', { hotlines: [{ name: 'A', phone: '119' }, { name: 'B', phone: 'call me' }] }, 'hotlines.1.phone'],
    ['a link that is not a web address', { hotlines: [{ name: 'A', phone: '119', url: 'javascript:alert(1)' }] }, 'hotlines.0.url'],
    ['too many hotlines', { hotlines: Array.from({ length: 21 }, (_, i) => ({ name: `L${i}`, phone: '119' })) }, 'hotlines'],
    ['a chat limit above ten', { defaultMaxConcurrent: 11 }, 'defaultMaxConcurrent'],
    ['a text in one language only', { welcomeText: { ja: 'ようこそ' } }, 'welcomeText.en'],
    ['an empty service name', { serviceName: { ja: '', en: 'X' } }, 'serviceName.ja'],
  ])('should refuse %s naming the field and write nothing', async (_case, bad, field) => {
    const before = await get();
    const auditsBefore = (await audits()).length;
    // A good change sent with the bad one must not be written either.
    const res = await put({ ...bad, defaultMaxConcurrent: (bad as { defaultMaxConcurrent?: number }).defaultMaxConcurrent ?? 7 });
    expect([res.status, res.body.error]).toMatchObject([400, { code: 'INVALID_PAYLOAD', field }]);
    expect(await get()).toEqual(before);
    expect(await audits()).toHaveLength(auditsBefore);
  });

  it('should refuse an update with nothing in it', async () => {
    expect((await put({})).status).toBe(400);
  });

  it('should let any staff member read the settings and only an admin change them', async () => {
    const counselor = await createStaff(ctx.server);
    expect((await http(ctx.server, 'GET', '/api/settings', { cookie: counselor.cookie })).status).toBe(200);
    const refused = await http<Err>(ctx.server, 'PUT', '/api/settings', { cookie: counselor.cookie, body: { defaultMaxConcurrent: 5 } });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await http<Err>(ctx.server, 'GET', '/api/settings')).status).toBe(401);
    expect((await get()).defaultMaxConcurrent).toBe(3);
  });
});
