/**
 * The end of a shift in the counselor's browser: ten minutes before, a reminder; at the end, a panel listing the open
 * chat with a hand-over: warm to a colleague on duty, who is offered it in their own page and accepts, or back to the
 * queue; either way the next counselor sees the note pinned above the transcript. The sweeper is driven with explicit instants; nothing waits for the clock.
 * With SCREENS_DIR set, it also saves screenshots of each state.
 */
import { SHIFT_REMINDER_MINUTES } from '@hidamari/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, ok } from '../support/clients';
import { counselor, SocketBag, startVisitor } from '../support/flows';
import { startTestServer, type TestServer } from '../support/test-server';
import { launchBrowser } from './browser';

const MIN = 60_000;
const screens = process.env.SCREENS_DIR;

describe('the end of a shift in the browser', () => {
  // The sweep runs only when the test says so, and the counselors' grace outlasts the instants it sweeps at.
  const ctx = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    ctx.server = await startTestServer({ env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000', STAFF_GRACE_SECONDS: '86400' } });
    ctx.browser = await launchBrowser();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });

  async function desk(cookie: string, lang: 'ja' | 'en'): Promise<Page> {
    const context = await ctx.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: lang === 'ja' ? 'ja-JP' : 'en-GB' });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: ctx.server.url }]);
    await context.addInitScript((l) => localStorage.setItem('hidamari.lang', l), lang);
    const page = await context.newPage();
    await page.goto(ctx.server.url + '/staff');
    await page.getByTestId('duty-toggle').waitFor();
    return page;
  }
  const shot = async (page: Page, name: string) => {
    if (screens) await page.screenshot({ path: `${screens}/${name}.png` });
  };

  for (const lang of ['ja', 'en'] as const) {
    it(`should remind, then ask to hand over, and pin the note for the next counselor when the shift ends (${lang})`, async () => {
      const bag = new SocketBag();
      const endsAt = new Date(Date.now() + SHIFT_REMINDER_MINUTES * MIN + 60_000);
      const leaving = await counselor(ctx.server, bag, { displayName: lang === 'ja' ? '佐藤 光' : 'Hikari Sato', shift: { startsAt: new Date(Date.now() - 8 * 60 * MIN), endsAt } });
      const visitor = await startVisitor(ctx.server, bag, { nickname: lang === 'ja' ? 'みどり' : 'Midori', message: lang === 'ja' ? '夜になると不安になります。' : 'I get anxious at night.' });
      await ok(leaving.socket, 'consultation:claim', { consultationId: visitor.started.consultationId });
      const page = await desk(leaving.cookie, lang);
      await page.getByTestId('chat-tab').waitFor();

      const { sweeper } = ctx.server.hidamari.services;
      await sweeper.sweepOnce(new Date(endsAt.getTime() - SHIFT_REMINDER_MINUTES * MIN));
      await page.getByTestId('shift-ending').waitFor();
      await shot(page, `shift-ending-${lang}`);

      const note = lang === 'ja' ? '夜の不安の話の途中です。' : 'We were talking about her nights.';
      // Japanese: warm, to a colleague on duty who accepts in their own page. English: back to the queue for anyone.
      const taker = await counselor(ctx.server, bag, { displayName: lang === 'ja' ? '山田 葵' : 'Aoi Yamada' });
      const next = await desk(taker.cookie, lang);
      await sweeper.sweepOnce(endsAt);
      const panel = page.getByTestId('shift-ended');
      await panel.waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('shift-ended');
      if (lang === 'ja') await panel.getByTestId('handoff-person').waitFor();
      else await panel.getByTestId('handover-mode-cold').check();
      await panel.locator('textarea').fill(note);
      await shot(page, `shift-ended-${lang}`);
      await panel.getByTestId('handover').click();
      if (lang === 'ja') {
        await panel.locator('[data-testid="handoff-status"][data-phase="waiting"]').waitFor();
        await shot(page, 'shift-ended-waiting-ja');
        const offer = next.getByTestId('handoff-offer');
        await offer.waitFor();
        expect(await offer.getByTestId('handoff-offer-note').textContent()).toBe(note);
        expect(await next.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('handoff-offer');
        await shot(next, 'handoff-offer-ja');
        await offer.getByTestId('handoff-accept').click();
      }
      await page.getByTestId('shift-end-off-duty').waitFor();
      await shot(page, `shift-ended-none-left-${lang}`);
      await page.getByTestId('shift-end-off-duty').click();
      await page.waitForSelector('[data-testid="duty-toggle"][aria-pressed="false"]');

      if (lang === 'en') await next.locator(`[data-testid="queue-item"][data-consultation-id="${visitor.started.consultationId}"]`).getByTestId('queue-take').click();
      const pinned = next.getByTestId('handover-note');
      await pinned.waitFor();
      expect(await pinned.textContent()).toContain(note);
      await shot(next, `handover-note-${lang}`);
      bag.closeAll();
      await page.context().close();
      await next.context().close();
    });
  }
});
