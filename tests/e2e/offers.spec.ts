/**
 * The center's offers page at phone size (issue 12): reached from the home page's link, empty at first, then the
 * upcoming ones soonest first with a past one hidden, in Japanese and English; Back returns home.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OfferInput } from '@hidamari/shared';
import { adminSession, http } from '../support/clients';
import { serverAndBrowser } from './browser';
import { axeViolations } from './visitor-axe';
import { switchTo } from './visitor-journey';

const SCREENS = '/work/screens/visitor-web';
const DAY = 86_400_000;

describe('the offers page on a phone', () => {
  const ctx = serverAndBrowser();
  mkdirSync(SCREENS, { recursive: true });

  async function offer(body: OfferInput): Promise<void> {
    const res = await http(ctx.server, 'POST', '/api/offers', { cookie: await adminSession(ctx.server), body });
    expect(res.status).toBe(201);
  }

  const phone = () => ctx.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ja-JP', bypassCSP: true });

  async function openFromHome(): Promise<Page> {
    const page = await (await phone()).newPage();
    await page.goto(ctx.server.url + '/');
    await page.getByTestId('offers-link').click();
    await page.waitForURL('**/offers');
    await page.getByTestId('offers-page').waitFor();
    return page;
  }

  const titles = (page: Page) => page.locator('[data-testid="offer"] h2').allTextContents();

  it('should say kindly that nothing is planned when there is nothing upcoming', async () => {
    const page = await openFromHome();
    await page.getByTestId('offers-empty').waitFor();
    await page.screenshot({ path: `${SCREENS}/offers-empty-ja.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('should list the upcoming ones soonest first, hide a past one, in both languages, and go back home', async () => {
    const at = (days: number, hour = 0) => new Date(Date.now() + days * DAY + hour * 3_600_000).toISOString();
    await offer({
      title: '家族教室「話しかけ方を考える」', startsAt: at(9), endsAt: at(9, 2), place: 'センター2階 会議室', audience: 'family',
      description: 'ご家族どうしで、日々の声かけについて話し合います。', en: { title: 'Family class: how to start a conversation', description: 'Families talk together about everyday words.' },
    });
    await offer({
      title: '居場所の日', startsAt: at(2), endsAt: at(2, 3), place: 'オンライン（Zoom）', audience: 'self',
      description: 'お茶を飲みながら、ゆっくり過ごしましょう。カメラはオフで大丈夫です。', en: { title: 'Place-to-be day', description: 'Spend a quiet time over tea. Cameras may stay off.' },
    });
    await offer({ title: '終わったセミナー', startsAt: at(-3), endsAt: at(-3, 2), place: 'センター', audience: 'all', description: '終わりました。' });
    await offer({
      title: '就労準備セミナー', startsAt: at(5), place: '区民センター', audience: 'all', description: '働くことについて、少しずつ考えるセミナーです。',
      en: { title: 'Getting ready for work: a seminar', description: 'A seminar to think about work, one step at a time.' },
    });

    const page = await openFromHome();
    await page.locator('[data-testid="offer"]').first().waitFor();
    expect(await titles(page)).toEqual(['居場所の日', '就労準備セミナー', '家族教室「話しかけ方を考える」']);
    expect(await page.getByText('終わったセミナー').count()).toBe(0);
    expect(await page.locator('[data-testid="offer"]').first().textContent()).toContain('ご本人向け');
    expect(await page.getByTestId('offer-when').first().textContent()).toMatch(/\d+月\d+日\(.\) \d+:\d\d〜\d+:\d\d/);
    await page.screenshot({ path: `${SCREENS}/offers-ja.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/offers-ja-full.png`, fullPage: true });

    await switchTo(page, 'en');
    await expect.poll(() => titles(page)).toEqual(['Place-to-be day', 'Getting ready for work: a seminar', 'Family class: how to start a conversation']);
    expect(await page.locator('[data-testid="offer"]').last().textContent()).toContain('For family members');
    await page.screenshot({ path: `${SCREENS}/offers-en.png` });

    await page.getByTestId('offers-back').click();
    await page.waitForURL(ctx.server.url + '/');
    await page.getByTestId('intake-start').waitFor();
    await page.context().close();
  });

  it('should show an error with a retry when the list cannot be loaded', async () => {
    const page = await (await phone()).newPage();
    let fail = true;
    await page.route('**/api/offers/upcoming**', (route) => (fail ? route.fulfill({ status: 503, body: '{}' }) : route.continue()));
    await page.goto(ctx.server.url + '/offers');
    await page.getByTestId('offers-error').waitFor();
    await page.screenshot({ path: `${SCREENS}/offers-error-ja.png` });
    fail = false;
    await page.getByTestId('offers-retry').click();
    await page.locator('[data-testid="offer"]').first().waitFor();
    await page.context().close();
  });
});
