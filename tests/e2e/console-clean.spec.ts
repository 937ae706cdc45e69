/**
 * The production build says nothing in the browser console: no library advertisement (i18next's support notice),
 * no React warning, no error, on the visitor's page (intake, English, a started chat) and the staff pages.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createStaff, createShift } from '../support/clients';
import { serverAndBrowser, staffContext, visitorContext } from './browser';

const LEVELS = new Set(['log', 'info', 'warning', 'error', 'debug', 'trace', 'assert']);

/**
 * The one line the browser itself writes, not a library: the signed-out session probe (`GET /api/me` → 401, the
 * contract) logged by Chromium as a failed resource. Anything else, including any other failed request, counts.
 */
const SIGNED_OUT_PROBE = /^error: Failed to load resource: the server responded with a status of 401 \(Unauthorized\) \(http:\/\/[^/]+\/api\/me\)$/;

function record(page: Page, into: string[]): void {
  page.on('console', (m: ConsoleMessage) => {
    const line = `${m.type()}: ${m.text()} (${m.location().url})`;
    if (LEVELS.has(m.type()) && !SIGNED_OUT_PROBE.test(line)) into.push(line);
  });
  page.on('pageerror', (e) => into.push(`uncaught: ${e.message}`));
}

describe('console in production', () => {
  const ctx = serverAndBrowser();

  it('should stay silent on the visitor page through intake, a language change and a first message', async () => {
    const counselor = await createStaff(ctx.server, { displayName: '静か 一郎' });
    await createShift(ctx.server, counselor.staff.id);
    const said: string[] = [];
    const page = await (await visitorContext(ctx.browser)).newPage();
    record(page, said);
    await page.goto(ctx.server.url + '/');
    await page.getByTestId('intake-start').waitFor();
    await page.getByTestId('lang-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByTestId('lang-ja').click();
    await page.getByTestId('intake-audience-self').click();
    await page.getByTestId('intake-topic-other').click();
    await page.getByTestId('intake-message').fill('こんにちは');
    await page.getByTestId('intake-start').click();
    await page.locator('[data-testid="message"][data-sender="visitor"][data-status="sent"]').waitFor();
    // A reload resumes the stored chat: the conversation chunk and the socket load on the first render this time.
    await page.reload();
    await page.locator('[data-testid="message"][data-sender="visitor"]').first().waitFor();
    expect(said).toEqual([]);
  });

  it('should stay silent on the staff sign-in page and the workspace', async () => {
    const counselor = await createStaff(ctx.server, { displayName: '静か 二郎' });
    await createShift(ctx.server, counselor.staff.id);
    const said: string[] = [];
    const page = await (await staffContext(ctx.browser)).newPage();
    record(page, said);
    await page.goto(ctx.server.url + '/staff/login');
    await page.getByTestId('login-id').fill(counselor.staff.loginId);
    await page.getByTestId('login-password').fill(counselor.password);
    await page.getByTestId('login-submit').click();
    const duty = page.getByTestId('duty-toggle');
    await duty.waitFor();
    if ((await duty.getAttribute('aria-pressed')) !== 'true') await duty.click();
    await page.waitForSelector('[data-testid="duty-toggle"][aria-pressed="true"]');
    expect(said).toEqual([]);
  });
});
