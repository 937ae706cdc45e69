/**
 * Desktop notifications: asked for when the counselor goes on duty (never on load), shown for a new chat and for a
 * message while the page is in the background, a toggle that turns them off, and a denial respected.
 * `new Notification` calls are observed through an init-script spy around the browser's own constructor.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SocketBag } from '../support/flows';
import { serverAndBrowser } from './browser';
import { deskContext, goOnDuty, onShiftCounselor, shot, signIn, take, visitorStarts } from './workspace-helpers';

declare global {
  interface Window { __notes: { title: string; body: string }[] }
}

/** Wraps the real constructor: every notification the page makes is recorded, and still made. */
const SPY = () => {
  window.__notes = [];
  const Real = window.Notification;
  class Spy extends Real {
    constructor(title: string, opts?: NotificationOptions) {
      super(title, opts);
      window.__notes.push({ title, body: opts?.body ?? '' });
    }
  }
  Object.defineProperty(window, 'Notification', { value: Spy, configurable: true, writable: true });
};

/** Headless Chromium always has focus: the counselor switching to another window is what the page then sees. */
const toBackground = (page: Page) => page.evaluate(() => {
  document.hasFocus = () => false;
  window.dispatchEvent(new Event('blur'));
});
const notes = (page: Page) => page.evaluate(() => window.__notes);

/**
 * The browser's own answer for the server's origin: `prompt` (not asked yet: `Notification.permission` is 'default'),
 * or what the counselor clicks in the browser's dialog (`granted` / `denied`). Headless Chromium shows no dialog.
 */
async function browserPermission(browser: Browser, context: BrowserContext, origin: string, setting: 'prompt' | 'granted' | 'denied') {
  const probe = context.pages()[0] ?? (await context.newPage());
  const { targetInfo } = await (await context.newCDPSession(probe)).send('Target.getTargetInfo');
  // One browser session per context, kept open: the override lasts as long as the session that set it.
  let session = sessions.get(context);
  if (!session) sessions.set(context, (session = await browser.newBrowserCDPSession()));
  await session.send('Browser.setPermission', {
    permission: { name: 'notifications' }, setting, origin, browserContextId: targetInfo.browserContextId,
  });
}
const sessions = new WeakMap<BrowserContext, CDPSession>();

describe('desktop notifications', () => {
  const ctx = serverAndBrowser();

  it('should ask on going on duty, then notify a new chat and a background message; the toggle stops them', async () => {
    const bag = new SocketBag();
    const member = await onShiftCounselor(ctx.server);
    const context = await deskContext(ctx.browser, 'ja');
    await context.addInitScript(SPY);
    const page = await context.newPage();
    await browserPermission(ctx.browser, context, ctx.server.url, 'prompt');
    await signIn(page, ctx.server, member);
    await page.getByTestId('duty-toggle').waitFor();
    // Never on page load: no prompt while off duty, and the browser was not asked.
    expect(await page.getByTestId('notify-prompt').count()).toBe(0);
    expect(await page.evaluate(() => Notification.permission)).toBe('default');
    await goOnDuty(page);
    await page.getByTestId('notify-prompt').waitFor();
    await shot(page, 'notify-prompt-ja');
    await browserPermission(ctx.browser, context, ctx.server.url, 'granted');
    await page.getByTestId('notify-ask').click();
    await page.getByTestId('notify-prompt').waitFor({ state: 'detached' }).catch(async (e: unknown) => {
      console.log('STATE', await page.evaluate(() => Notification.permission));
      await shot(page, 'debug-notify');
      throw e;
    });
    await page.waitForSelector('[data-testid="notify-toggle"][aria-pressed="true"]');

    await toBackground(page);
    const first = await visitorStarts(ctx.server, { topic: 'family', message: 'はじめまして' });
    bag.add(first.socket);
    await page.waitForFunction(() => window.__notes.length >= 1);
    expect((await notes(page))[0]).toEqual({ title: '新しい相談が待機列に入りました', body: '家族との関係（本人）' });

    await page.evaluate(() => delete (document as { hasFocus?: unknown }).hasFocus);
    await take(page, first.id);
    await toBackground(page);
    await first.socket.emitWithAck('message:send', { clientMessageId: 'n1', body: '秘密の話です' });
    await page.waitForFunction(() => window.__notes.length >= 2);
    const [, message] = await notes(page);
    expect(message!.title).toContain('新しいメッセージ');
    // The words stay off the desktop.
    expect(message!.body).not.toContain('秘密');

    // The switch turns them off (and the sound and title still work).
    await page.evaluate(() => delete (document as { hasFocus?: unknown }).hasFocus);
    await page.getByTestId('notify-toggle').click();
    await page.waitForSelector('[data-testid="notify-toggle"][aria-pressed="false"]');
    await toBackground(page);
    await first.socket.emitWithAck('message:send', { clientMessageId: 'n2', body: 'もうひとつ' });
    await page.locator('[data-testid="message"]', { hasText: 'もうひとつ' }).waitFor();
    expect(await notes(page)).toHaveLength(2);
    await context.close();
    bag.closeAll();
  });

  it('should respect a denial: no notification, and no prompt again after a reload', async () => {
    const member = await onShiftCounselor(ctx.server);
    const context = await deskContext(ctx.browser, 'en');
    await context.addInitScript(SPY);
    const page = await context.newPage();
    await browserPermission(ctx.browser, context, ctx.server.url, 'prompt');
    await signIn(page, ctx.server, member);
    await goOnDuty(page);
    await page.getByTestId('notify-prompt').waitFor();
    // The counselor clicks "Block" in the browser's dialog.
    await browserPermission(ctx.browser, context, ctx.server.url, 'denied');
    await page.getByTestId('notify-ask').click();
    await page.getByTestId('notify-prompt').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => Notification.permission)).toBe('denied');
    await page.waitForSelector('[data-testid="notify-toggle"][aria-pressed="false"][aria-disabled="true"]');
    await shot(page, 'notify-denied-en');

    await page.reload();
    await page.waitForSelector('[data-testid="duty-toggle"][aria-pressed="true"]');
    await page.getByTestId('notify-toggle').waitFor();
    expect(await page.getByTestId('notify-prompt').count()).toBe(0);
    const bag = new SocketBag();
    bag.add((await visitorStarts(ctx.server)).socket);
    await toBackground(page);
    await page.getByTestId('queue-item').first().waitFor();
    expect(await notes(page)).toEqual([]);
    await context.close();
    bag.closeAll();
  });
});
