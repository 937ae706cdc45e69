/**
 * The reports page in a real browser (1440 × 900): over a seeded synthetic month, the demand heatmap comes first with
 * its marks and legend, the charts draw, tables sit under them, and the CSV link downloads. The chart library is in
 * the reports page's own chunk: the visitor's page never loads it. Screenshots in Japanese and English.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSynthetic } from '../../server/src/demo/synthetic.seed.js';
import { ADMIN, ADMIN_ENV, createStaff } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';
import { launchBrowser, visitorContext } from './browser';

const SHOTS = process.env.SCREENSHOT_DIR ?? '/work/screens/reports';

async function signIn(page: Page, url: string, loginId: string, password: string) {
  await page.goto(url + '/staff/login');
  await page.getByTestId('login-id').fill(loginId);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
}

describe('reports page in the browser', () => {
  const ctx = {} as { server: TestServer; browser: Browser };

  // One set-up with a long allowance (server, browser and a seeded month), as the machine may be shared and busy.
  beforeAll(async () => {
    ctx.server = await startTestServer({ env: ADMIN_ENV });
    ctx.browser = await launchBrowser();
    await seedSynthetic(ctx.server.hidamari.database.db, { consultations: 2000, days: 30, seed: 7, timeZone: 'Asia/Tokyo' });
    mkdirSync(SHOTS, { recursive: true });
  }, 300_000);
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });

  it('should show the heatmap first and draw every chart with its table when an admin opens reports, in Japanese and English', async () => {
    for (const lang of ['ja', 'en'] as const) {
      const context = await ctx.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang === 'ja' ? 'ja-JP' : 'en-US', acceptDownloads: true });
      await context.addInitScript((l) => localStorage.setItem('hidamari.lang', l), lang);
      const page = await context.newPage();
      await signIn(page, ctx.server.url, ADMIN.loginId, ADMIN.password);
      await page.goto(ctx.server.url + '/staff/reports');

      // The heatmap is the first report on the page, a real table of 7 days × 24 hours with marks and a legend.
      const heat = page.getByTestId('report-heatmap');
      await heat.locator('.rp-heat__table tbody tr').first().waitFor();
      const first = await page.locator('[data-testid^="report-"]').first().getAttribute('data-testid');
      expect(first).toBe('report-heatmap');
      expect(await heat.locator('.rp-heat__table tbody tr').count()).toBe(7);
      expect(await heat.locator('.rp-heat__table tbody td').count()).toBe(168);
      // The synthetic roster closes at 22 h (midnight on Friday and Saturday) while demand peaks at 21–23 h.
      expect(await heat.locator('td[data-mark="none"]').count()).toBeGreaterThan(0);
      expect(await heat.locator('.rp-legend > div').count()).toBe(3);

      // Every chart draws bars from the seeded data.
      for (const name of ['daily', 'hourly', 'wait', 'off-hours', 'abandonment', 'handle-time', 'escalations', 'risk', 'survey', 'counselors', 'family', 'family-cross', 'referrals']) {
        const section = page.getByTestId(`report-${name}`);
        await section.locator('.recharts-surface').first().waitFor({ timeout: 30_000 });
        expect(await section.locator('.recharts-bar-rectangle').count(), name).toBeGreaterThan(0);
      }
      // The default period is the last 30 local days, most of the seeded month.
      const total = Number((await page.getByTestId('overview-total').locator('dd').textContent())!.replace(/,/g, ''));
      expect(total).toBeGreaterThan(1600);
      expect(total).toBeLessThanOrEqual(2000);
      expect(await page.getByTestId('report-wait').locator('table tbody tr').count()).toBe(3);
      expect(await page.getByTestId('report-comments').locator('li').count()).toBeGreaterThan(0);

      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}/reports-top-${lang}.png` });
      // Issue 12: the family intake (four charts, one per question) and referrals by kind and area (three tables).
      expect(await page.getByTestId('report-family').locator('.recharts-surface').count()).toBe(4);
      expect(await page.getByTestId('report-referrals').locator('table').count()).toBe(3);
      expect(await page.getByTestId('report-referrals').locator('table').first().locator('tbody tr').count()).toBe(7);
      for (const name of ['heatmap', 'overview', 'wait', 'abandonment', 'survey', 'comments', 'counselors', 'family', 'family-cross', 'referrals']) {
        await page.getByTestId(`report-${name}`).screenshot({ path: `${SHOTS}/reports-${name}-${lang}.png` });
      }

      // The CSV link downloads the same report.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-wait').getByRole('link').click()]);
      expect(download.suggestedFilename()).toMatch(/^hidamari-wait-.*\.csv$/);

      await page.screenshot({ path: `${SHOTS}/reports-full-${lang}.png`, fullPage: true });
      await context.close();
    }
  }, 240_000);

  it('should keep the chart library out of the visitor page and the page from a counselor when they load', async () => {
    const visitor = await (await visitorContext(ctx.browser)).newPage();
    const scripts: string[] = [];
    visitor.on('response', (res) => {
      if (res.url().endsWith('.js')) scripts.push(res.url());
    });
    await visitor.goto(ctx.server.url + '/');
    await visitor.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.some((u) => /ReportsPage|recharts/i.test(u))).toBe(false);
    await visitor.context().close();

    const counselor = await createStaff(ctx.server, { roles: ['counselor'] });
    const page = await (await ctx.browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await signIn(page, ctx.server.url, counselor.staff.loginId, counselor.password);
    await page.goto(ctx.server.url + '/staff/reports');
    await page.waitForURL((u) => !u.pathname.endsWith('/reports'));
    expect(await page.getByTestId('report-heatmap').count()).toBe(0);
    await page.context().close();
  }, 240_000);
});
