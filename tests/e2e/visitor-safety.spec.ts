/**
 * Nothing readable stays on the device: after quick exit or the end of a conversation, opening the site again shows
 * the fresh home page (the resume code the visitor wrote down brings a conversation back); Esc in a dialog closes the
 * dialog and never leaves the page.
 */
import { describe, expect, it } from 'vitest';
import { QUICK_EXIT_URL } from '../../web/src/visitor/quick-exit';
import { ok } from '../support/clients';
import { counselor, SocketBag } from '../support/flows';
import { serverAndBrowser, visitorContext } from './browser';
import { shoot, startFromIntake, switchTo, takeByPreview } from './visitor-journey';
import type { Page } from 'playwright-core';

/** Every key the visitor page left in this browser's storage for the site. */
const stored = (page: Page) => page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));

describe('what stays on the device', () => {
  const ctx = serverAndBrowser();
  const bag = new SocketBag();

  async function phone(): Promise<Page> {
    const page = await (await visitorContext(ctx.browser)).newPage();
    const exit = new URL(QUICK_EXIT_URL);
    // Never leave the machine: answer the neutral page locally.
    await page.route(`${exit.protocol}//${exit.host}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>weather</title>' }),
    );
    return page;
  }

  it('should close only the dialog when Esc is pressed in it, and leave with Esc once no dialog is open', async () => {
    const page = await phone();
    await startFromIntake(page, ctx.server, 'ダイアログの確認です。');
    await page.getByTestId('leave-button').click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => undefined);
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(page.url()).toBe(ctx.server.url + '/');
    await page.getByTestId('queue-position').waitFor();

    await page.keyboard.press('Escape');
    await page.waitForURL(QUICK_EXIT_URL);
    await page.context().close();
  });

  it('should show the fresh home page after quick exit, and bring the conversation back with the resume code', async () => {
    const page = await phone();
    await startFromIntake(page, ctx.server, '家のことで相談があります。');
    const code = (await page.getByTestId('resume-code').textContent())!;
    await page.getByTestId('chat-input').fill('まだ誰にも話せていません。');
    await page.getByTestId('chat-send').click();
    await page.locator('[data-testid="message"][data-status="sent"]', { hasText: 'まだ誰にも' }).waitFor();

    await page.getByTestId('quick-exit').click();
    await page.waitForURL(QUICK_EXIT_URL);
    // Back on the site in the same browser: the home page, and nothing of the conversation in storage.
    await page.goto(ctx.server.url + '/');
    await page.getByTestId('intake-start').waitFor();
    expect(await page.getByText('まだ誰にも').count()).toBe(0);
    const keys = await stored(page);
    expect(Object.keys(keys.local).filter((k) => k.startsWith('hidamari.visitor.'))).toEqual([]);
    expect(JSON.stringify(keys)).not.toContain(code);
    expect(JSON.stringify(keys)).not.toContain('まだ誰にも');

    // The code written down brings it back.
    await page.getByTestId('resume-open').click();
    await page.getByTestId('resume-input').fill(code);
    await page.getByTestId('resume-submit').click();
    await page.locator('[data-testid="message"]', { hasText: 'まだ誰にも話せていません。' }).waitFor();
    await page.context().close();
  });

  it('should show a closed conversation once and the home page on the next visit, whoever ended it', async () => {
    const c = await counselor(ctx.server, bag, { displayName: 'はる' });
    // Ended by the counselor.
    const page = await phone();
    const first = '今日はありがとうございました。';
    await startFromIntake(page, ctx.server, first);
    const consultationId = await takeByPreview(c, first);
    await ok(c.socket, 'message:send', { consultationId, clientMessageId: 'bye', body: 'お話ししてくださって、ありがとうございました。' });
    await ok(c.socket, 'consultation:close', { consultationId, outcome: 'listened' });
    await page.getByTestId('closed-view').waitFor();
    await page.getByTestId('closed-view').scrollIntoViewIfNeeded();
    await shoot(page, 'closed-ja');
    await switchTo(page, 'en');
    await page.getByTestId('closed-view').scrollIntoViewIfNeeded();
    await shoot(page, 'closed-en');
    await switchTo(page, 'ja');
    await page.reload();
    await page.getByTestId('intake-start').waitFor();
    expect(await page.getByText('お話ししてくださって、ありがとうございました。').count()).toBe(0);
    expect(Object.keys((await stored(page)).local).filter((k) => k.startsWith('hidamari.visitor.'))).toEqual([]);

    // Ended by the visitor.
    await startFromIntake(page, ctx.server, 'もう大丈夫です。');
    await page.getByTestId('leave-button').click();
    await page.getByTestId('leave-confirm').click();
    await page.getByTestId('closed-view').waitFor();
    await page.reload();
    await page.getByTestId('intake-start').waitFor();
    expect(await page.getByText('もう大丈夫です。').count()).toBe(0);
    await page.context().close();
    bag.closeAll();
  });
});
