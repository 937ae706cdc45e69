/**
 * axe-core on every visitor screen (phone, 390 × 844) and every staff screen (desktop, 1440 × 900): 0 violations of any
 * impact. The staff pages are read from the header's list (web/src/staff/nav.ts), so a page added there is checked too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createShift, createStaff, ok, staffSocket, visitorSocket } from '../support/clients';
import { serverAndBrowser } from './browser';
import { axeViolations } from './visitor-axe';

const NAV = join(import.meta.dirname, '../../web/src/staff/nav.ts');

/** Every signed-in staff page the header can link to. */
function staffPaths(): string[] {
  return [...readFileSync(NAV, 'utf8').matchAll(/path: '(\/staff[^']*)'/g)].map((m) => m[1]!);
}

// Contexts bypass the CSP only so that axe's script can be injected; the pages are the production build as served.
/** Waits for the screen to settle (no request in flight, nothing marked busy), then runs axe on the whole document. */
async function axe(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  return axeViolations(page);
}

describe('accessibility (axe-core)', () => {
  const ctx = serverAndBrowser();

  it('should find no violation on any visitor screen', async () => {
    const found: Record<string, string[]> = {};
    const page = await (await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ja-JP', bypassCSP: true })).newPage();
    page.setDefaultTimeout(60_000);
    // Nobody on the roster yet: the off-hours view.
    await page.goto(ctx.server.url + '/');
    await page.getByTestId('off-hours').waitFor();
    found['off-hours'] = await axe(page);

    const counselor = await createStaff(ctx.server, { displayName: '木村 はる' });
    await createShift(ctx.server, counselor.staff.id);
    await page.reload();
    await page.getByTestId('intake-start').waitFor();
    found['intake (ja)'] = await axe(page);
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    found['intake (en)'] = await axe(page);
    await page.getByTestId('lang-ja').click();
    await page.getByTestId('resume-open').click();
    await page.getByTestId('resume-input').waitFor();
    found.resume = await axe(page);
    await page.reload();

    await page.getByTestId('intake-audience-self').click();
    await page.getByTestId('intake-topic-daily-life').click();
    await page.getByTestId('intake-message').fill('夜になると眠れません。');
    await page.getByTestId('intake-start').click();
    await page.getByTestId('queue-position').waitFor();
    found.waiting = await axe(page);

    const staff = await staffSocket(ctx.server, counselor.cookie);
    await ok(staff, 'duty:set', { onDuty: true });
    const { items } = await ok(staff, 'queue:list');
    const consultationId = items[0]!.consultationId;
    await ok(staff, 'consultation:claim', { consultationId });
    await ok(staff, 'message:send', { consultationId, clientMessageId: 'a11y-1', body: 'こんばんは。木村です。ゆっくりお話しください。' });
    await page.locator('[data-testid="message"][data-sender="staff"]').waitFor();
    await page.getByTestId('chat-input').fill('ありがとうございます。');
    await page.getByTestId('chat-send').click();
    await page.locator('[data-testid="message"][data-sender="visitor"][data-status="sent"]', { hasText: 'ありがとう' }).waitFor();
    found.chat = await axe(page);
    await page.getByTestId('leave-button').click();
    await page.getByTestId('leave-confirm').waitFor();
    found['leave dialog'] = await axe(page);
    await page.keyboard.press('Escape');

    await ok(staff, 'consultation:close', { consultationId });
    await page.getByTestId('closed-view').waitFor();
    found.closed = await axe(page);
    staff.close();
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  }, 240_000);

  it('should find no violation on any staff screen', async () => {
    const found: Record<string, string[]> = {};
    const chief = await createStaff(ctx.server, { displayName: '佐藤 ちひろ', roles: ['counselor', 'supervisor', 'admin'] });
    await createShift(ctx.server, chief.staff.id);
    // Two visitors waiting: one to take, one left in the queue.
    const visitors = await Promise.all([visitorSocket(ctx.server), visitorSocket(ctx.server)]);
    for (const [i, v] of visitors.entries()) {
      await ok(v, 'consultation:start', { audience: i ? 'family' : 'self', topic: i ? 'family' : 'work-school', nickname: i ? 'みどり' : 'そら', message: '相談したいことがあります。' });
    }
    const page = await (await ctx.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP', bypassCSP: true })).newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(ctx.server.url + '/staff/login');
    await page.getByTestId('login-submit').waitFor();
    found.login = await axe(page);
    await page.getByTestId('login-id').fill(chief.staff.loginId);
    await page.getByTestId('login-password').fill(chief.password);
    await page.getByTestId('login-submit').click();
    const duty = page.getByTestId('duty-toggle');
    await duty.waitFor();
    if ((await duty.getAttribute('aria-pressed')) !== 'true') await duty.click();
    await page.getByTestId('queue-item').first().waitFor();
    found['workspace: queue'] = await axe(page);
    await page.getByTestId('queue-item').first().getByTestId('queue-take').click();
    await page.getByTestId('chat-tab').waitFor();
    found['workspace: chat open'] = await axe(page);

    for (const path of staffPaths().filter((p) => p !== '/staff')) {
      await page.goto(ctx.server.url + path);
      await page.locator('main, [role="main"]').first().waitFor();
      found[path] = await axe(page);
    }
    for (const v of visitors) v.close();
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  }, 240_000);
});

