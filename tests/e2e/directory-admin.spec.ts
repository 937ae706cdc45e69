/**
 * The admin's directory and offers pages in a real browser: a service created through the form (a refused field fixed
 * on the way), edited and deleted; an offer for tomorrow 14:00 typed on the SERVICE's wall clock from a browser in
 * another zone, which the public list then carries at the right instant; the two routing settings; and a counselor
 * who opens the address is told the page is not theirs.
 */
import { TZDate } from '@date-fns/tz';
import type { PublicOffer, Service, Settings } from '@hidamari/shared';
import { addDays } from 'date-fns';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, adminSession, createStaff, http } from '../support/clients';
import { serverAndBrowser } from './browser';

const SCREENS = '/work/screens/staff-admin';
const ZONE = 'Asia/Tokyo';

async function desk(browser: Browser, lang: 'ja' | 'en'): Promise<Page> {
  // The browser runs in New York: every time on these pages must still be Tokyo's.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 }, locale: lang === 'ja' ? 'ja-JP' : 'en-US', timezoneId: 'America/New_York', bypassCSP: true,
  });
  await context.addInitScript((l) => localStorage.setItem('hidamari.lang', l), lang);
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  return page;
}

async function signIn(page: Page, url: string, loginId: string, password: string, path: string): Promise<void> {
  await page.goto(url + path);
  await page.waitForURL('**/staff/login');
  await page.getByTestId('login-id').fill(loginId);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
  if (!page.url().endsWith(path)) await page.goto(url + path);
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations on the page as it is now (as in a11y.spec.ts: none of any impact is the bar). */
async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage });
}

describe('directory and offers admin pages in the browser', () => {
  const ctx = serverAndBrowser();

  it.each(['ja', 'en'] as const)('should let an admin create a service after fixing a refused field, edit it and delete another (%s)', async (lang) => {
    const page = await desk(ctx.browser, lang);
    await signIn(page, ctx.server.url, ADMIN.loginId, ADMIN.password, '/staff/directory');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const name = lang === 'ja' ? 'みなと区ひきこもり相談窓口' : 'Minato ward support desk';

    await page.getByTestId('service-add').click();
    const form = page.getByTestId('service-form');
    await form.getByTestId('service-kind').selectOption('hikikomori_center');
    await form.getByTestId('service-name').fill(name);
    await form.getByTestId('service-prefecture').selectOption('東京都');
    await form.getByTestId('service-municipality').fill('港区');
    await form.getByTestId('service-phone').fill('03-0000-0000');
    await form.getByTestId('service-url').fill('www.example.jp');
    await form.getByTestId('service-hours').fill('平日 9:00〜17:00');
    await form.getByTestId('service-description').fill('ご本人もご家族も、電話や来所で相談できます。');
    await form.getByTestId('service-english').click();
    await form.getByTestId('service-en-name').fill('Minato support desk');
    await form.getByTestId('service-en-description').fill('For the person and their family, by phone or in person.');
    await form.getByTestId('service-save').click();

    // The server names `url`: marked beside its input, focused, and the form keeps everything typed.
    const url = form.getByTestId('service-url');
    await page.waitForSelector('[data-testid="service-url"][aria-invalid="true"]');
    expect(await url.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await form.getByTestId('field-error').count()).toBe(1);
    expect(await form.getByTestId('service-name').inputValue()).toBe(name);
    await shot(page, `directory-form-error-${lang}`);
    expect(await axe(page)).toEqual([]);

    await url.fill('https://example.jp/minato');
    await form.getByTestId('service-save').click();
    await form.waitFor({ state: 'detached' });
    const row = page.getByTestId('service-row').filter({ hasText: name });
    await row.waitFor();
    expect(await row.textContent()).toContain('03-0000-0000');

    // Edit: the hours change, and the list shows it.
    await row.getByTestId('service-edit').click();
    const hours = lang === 'ja' ? '平日 10:00〜18:00' : 'Weekdays 10:00-18:00';
    await form.getByTestId('service-hours').fill(hours);
    await form.getByTestId('service-save').click();
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('service-row').filter({ hasText: name }).filter({ hasText: hours }).waitFor();

    const admin = await adminSession(ctx.server);
    const listed = await http<{ services: Service[] }>(ctx.server, 'GET', `/api/services?q=${encodeURIComponent(name)}`, { cookie: admin });
    expect(listed.body.services).toHaveLength(1);
    expect(listed.body.services[0]).toMatchObject({
      kind: 'hikikomori_center', area: { prefecture: '東京都', municipality: '港区' }, url: 'https://example.jp/minato', hours,
      en: { name: 'Minato support desk' },
    });

    // A second one through the API, filtered by kind, then deleted with confirmation.
    const other = lang === 'ja' ? 'さっぽろ居場所カフェ' : 'Sapporo ibasho cafe';
    await http(ctx.server, 'POST', '/api/services', {
      cookie: admin, body: { kind: 'ibasho', name: other, area: { prefecture: '北海道', municipality: '札幌市' }, description: '月に2回ひらく居場所です。' },
    });
    await page.reload();
    await page.getByTestId('service-row').filter({ hasText: other }).waitFor();
    await shot(page, `directory-list-${lang}`);
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('filter-kind').selectOption('ibasho');
    await page.waitForFunction((n) => Array.from(document.querySelectorAll('[data-testid="service-row"]')).every((r) => r.textContent?.includes(n)), other);
    await page.getByTestId('service-row').filter({ hasText: other }).getByTestId('service-delete').click();
    await page.getByTestId('directory-empty').waitFor();
    const after = await http<{ services: Service[] }>(ctx.server, 'GET', `/api/services?q=${encodeURIComponent(other)}`, { cookie: admin });
    expect(after.body.services).toEqual([]);
    await page.context().close();
  });

  it.each(['ja', 'en'] as const)('should create an offer for tomorrow 14:00 in the service zone that the public list carries at that instant (%s)', async (lang) => {
    const admin = await adminSession(ctx.server);
    // One that has ended, to be listed greyed under "past".
    await http(ctx.server, 'POST', '/api/offers', {
      cookie: admin, body: { title: `先月の家族セミナー ${lang}`, startsAt: new Date(Date.now() - 30 * 86_400_000).toISOString(), place: '区民センター', audience: 'family', description: '' },
    });
    const page = await desk(ctx.browser, lang);
    await signIn(page, ctx.server.url, ADMIN.loginId, ADMIN.password, '/staff/offers');
    await page.getByTestId('offers-upcoming').or(page.getByText(lang === 'ja' ? 'これからの催しはありません' : 'Nothing upcoming')).first().waitFor();
    expect(await page.getByTestId('offers-public-link').getAttribute('href')).toBe('/offers');
    expect(await page.getByTestId('tab-offers').getAttribute('aria-current')).toBe('page');

    const title = lang === 'ja' ? '居場所の日（オンライン）' : 'Ibasho day (online)';
    await page.getByTestId('offer-add').click();
    const form = page.getByTestId('offer-form');
    const tomorrow = new TZDate(Date.now(), ZONE);
    const day = addDays(tomorrow, 1);
    const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    expect(await form.getByTestId('offer-date').inputValue()).toBe(date);
    await form.getByTestId('offer-start').fill('14:00');
    await form.getByTestId('offer-end').fill('16:00');
    await form.getByTestId('offer-place').fill('オンライン（Zoom）');
    await form.getByTestId('offer-audience').selectOption('self');
    await form.getByTestId('offer-description').fill('おしゃべりしても、聞いているだけでも大丈夫です。');
    // No title: refused by the server, beside the title.
    await form.getByTestId('offer-save').click();
    await page.waitForSelector('[data-testid="offer-title"][aria-invalid="true"]');
    await shot(page, `offers-form-error-${lang}`);
    expect(await axe(page)).toEqual([]);
    await form.getByTestId('offer-title').fill(title);
    await form.getByTestId('offer-save').click();
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('offers-upcoming').getByTestId('offer-row').filter({ hasText: title }).waitFor();
    await page.getByTestId('offers-past').getByTestId('offer-row').first().waitFor();
    await shot(page, `offers-list-${lang}`);
    expect(await axe(page)).toEqual([]);

    const expected = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), 14, 0, ZONE);
    const upcoming = await http<{ offers: PublicOffer[]; timezone: string }>(ctx.server, 'GET', '/api/offers/upcoming', { origin: null });
    const offer = upcoming.body.offers.find((o) => o.title === title);
    expect(offer).toBeDefined();
    expect(Date.parse(offer!.startsAt)).toBe(expected.getTime());
    expect(Date.parse(offer!.endsAt!)).toBe(expected.getTime() + 2 * 3_600_000);
    expect(upcoming.body.offers.some((o) => o.title.startsWith('先月の家族セミナー'))).toBe(false);
    await page.context().close();
  });

  it.each(['ja', 'en'] as const)('should save the same-counselor offer time and the family team from the settings page (%s)', async (lang) => {
    await createStaff(ctx.server, { displayName: '家族担当 あおい', teams: ['family'] });
    const page = await desk(ctx.browser, lang);
    await signIn(page, ctx.server.url, ADMIN.loginId, ADMIN.password, '/staff/settings');
    const seconds = page.getByTestId('settings-offer-seconds');
    await seconds.waitFor();
    // Too short: the server refuses it, and says so beside the input.
    await seconds.fill('0:10');
    await page.getByTestId('settings-save').click();
    await page.waitForSelector('[data-testid="settings-offer-seconds"][aria-invalid="true"]');
    await page.locator('#settings-routing-title').evaluate((el) => el.closest('section')!.scrollIntoView({ block: 'center' }));
    await shot(page, `settings-routing-error-${lang}`);
    await seconds.fill(lang === 'ja' ? '2:30' : '200');
    await page.getByTestId('settings-family-team').selectOption('family');
    // The header with the one entry for both pages must stay on one line.
    await page.locator('header').screenshot({ path: `${SCREENS}/header-admin-${lang}.png` });
    await page.locator('#settings-routing-title').evaluate((el) => el.closest('section')!.scrollIntoView({ block: 'center' }));
    await shot(page, `settings-routing-${lang}`);
    expect(await axe(page)).toEqual([]);
    await page.getByTestId('settings-save').click();
    await page.waitForSelector('[data-testid="settings-status"] .st-ok');
    const admin = await adminSession(ctx.server);
    const saved = await http<{ settings: Settings }>(ctx.server, 'GET', '/api/settings', { cookie: admin });
    expect(saved.body.settings).toMatchObject({ preferredCounselorOfferSeconds: lang === 'ja' ? 150 : 200, familyTeam: 'family' });
    await page.context().close();
  });

  it('should refuse the directory and offers pages to a counselor, with no nav entry for them', async () => {
    const counselor = await createStaff(ctx.server, { displayName: '相談員 みお', roles: ['counselor'] });
    const page = await desk(ctx.browser, 'ja');
    await signIn(page, ctx.server.url, counselor.staff.loginId, counselor.password, '/staff/directory');
    await page.getByTestId('not-allowed').waitFor();
    const nav = page.getByRole('navigation');
    expect(await nav.locator('a[href="/staff/directory"]').count()).toBe(0);
    expect(await nav.locator('a[href="/staff/offers"]').count()).toBe(0);
    await shot(page, 'directory-refused-counselor-ja');
    expect(await axe(page)).toEqual([]);
    await page.goto(ctx.server.url + '/staff/offers');
    await page.getByTestId('not-allowed').waitFor();
    expect((await http(ctx.server, 'POST', '/api/services', { cookie: counselor.cookie, body: {} })).status).toBe(403);
    await page.context().close();
  });
});
