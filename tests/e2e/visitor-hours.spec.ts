/**
 * Service hours as a visitor sees them, on a phone: closed with no shift and the next opening in their words once one
 * is planned; a message left while closed says when it will be read; an admin's new hotline list shows on the closed
 * page; a shift covering now turns the page to open.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { ja } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { ADMIN, coveringNow, createShift, createStaff, login } from '../support/clients';
import { serverAndBrowser, visitorContext } from './browser';

describe('service hours on the visitor page', () => {
  const ctx = serverAndBrowser();
  const home = async () => {
    const page = await (await visitorContext(ctx.browser)).newPage();
    await page.goto(ctx.server.url + '/');
    await page.getByTestId('intake-start').waitFor();
    return page;
  };

  it('should say closed and when it opens, and when a message left now will be read, when no shift covers now', async () => {
    const page = await home();
    await page.getByTestId('off-hours').waitFor();
    expect(await page.getByTestId('next-opening').textContent()).toBe('次の受付時間は、まだ決まっていません。');

    // Two days ahead at 10:00 on the service's clock: said as a date, in Tokyo time whatever the machine's zone.
    const today = new TZDate(Date.now(), 'Asia/Tokyo');
    const opens = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + 2, 10, 0, 0, 'Asia/Tokyo');
    const { staff } = await createStaff(ctx.server);
    await createShift(ctx.server, staff.id, { startsAt: new Date(opens.getTime()), endsAt: new Date(opens.getTime() + 6 * 3_600_000) });
    const when = `${format(opens, 'M月d日(E)', { locale: ja })} 10:00 から`;

    await page.reload();
    await page.getByTestId('next-opening').filter({ hasText: `${when}お話しできます。` }).waitFor();
    expect(await page.getByTestId('intake-start').textContent()).toBe('メッセージを残す');

    await page.getByTestId('intake-audience-self').click();
    await page.getByTestId('intake-topic-other').click();
    await page.getByTestId('intake-message').fill('夜になると不安になります。');
    await page.getByTestId('intake-start').click();
    const wait = page.getByTestId('queue-wait');
    await wait.filter({ hasText: `相談員が${when}、届いた順に読みます。` }).waitFor();
    expect(await wait.textContent()).not.toMatch(/分/);
    await page.getByTestId('keep-code').waitFor();
    await page.getByTestId('resume-code').waitFor();
    await page.context().close();
  });

  it('should show the hotline list an admin saved on the closed page, after refusing a bad phone by its field', async () => {
    const admin = await ctx.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP' });
    const [name, value] = (await login(ctx.server, ADMIN.loginId, ADMIN.password)).split('=') as [string, string];
    await admin.addCookies([{ name, value, url: ctx.server.url }]);
    const staff = await admin.newPage();
    await staff.goto(ctx.server.url + '/staff/settings');
    await staff.locator('#settings-hotline-add').click();
    const rowName = staff.locator('#settings-hotlines-6-name');
    await expect.poll(() => rowName.evaluate((el) => el === document.activeElement)).toBe(true);
    await rowName.fill('ひだまり市 夜間相談');
    // A Japanese-only line: the English page leaves it out.
    await staff.locator('#settings-hotlines-6-locale').selectOption('ja');
    await staff.locator('#settings-hotlines-6-phone').fill('夜間');
    await staff.getByTestId('settings-save').click();
    await staff.locator('#settings-hotlines-6-phone[aria-invalid="true"]').waitFor();
    expect(await staff.getByTestId('settings-status').textContent()).toContain('電話番号');

    await staff.locator('#settings-hotlines-6-phone').fill('0120-000-123');
    await staff.getByTestId('settings-save').click();
    await staff.getByTestId('settings-status').filter({ hasText: '保存しました' }).waitFor();
    await admin.close();

    const page = await home();
    await page.getByTestId('off-hours').getByText('ひだまり市 夜間相談').waitFor();
    expect(await page.getByTestId('off-hours').getByRole('link', { name: '0120-000-123' }).getAttribute('href')).toBe('tel:0120000123');
    await page.getByTestId('lang-en').click();
    await page.locator('html[lang="en"]').waitFor();
    await expect.poll(() => page.getByTestId('off-hours').textContent()).not.toContain('ひだまり市 夜間相談');
    await page.context().close();
  });

  it('should say open with the hour it closes when a shift covers now', async () => {
    const { staff } = await createStaff(ctx.server);
    await createShift(ctx.server, staff.id, coveringNow());
    const page = await home();
    await page.getByTestId('service-open').filter({ hasText: 'いま受付中です（' }).waitFor();
    expect(await page.getByTestId('off-hours').count()).toBe(0);
    expect(await page.getByTestId('intake-start').textContent()).toBe('相談をはじめる');
    await page.context().close();
  });
});
