/** Quick exit: Esc leaves for a neutral page with location.replace, so Back cannot return to the chat. */
import { describe, expect, it } from 'vitest';
import { QUICK_EXIT_URL } from '../../web/src/visitor/quick-exit';
import { serverAndBrowser, visitorContext } from './browser';

describe('quick exit in the browser', () => {
  const ctx = serverAndBrowser();

  it('should replace the page with the neutral one when the visitor presses Esc', async () => {
    const page = await (await visitorContext(ctx.browser)).newPage();
    const exit = new URL(QUICK_EXIT_URL);
    // Never leave the machine: answer the neutral page locally.
    await page.route(`${exit.protocol}//${exit.host}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>weather</title>' }),
    );
    await page.goto(ctx.server.url + '/');
    await page.getByTestId('quick-exit').waitFor();
    const before = await page.evaluate(() => history.length);

    await page.keyboard.press('Escape');
    await page.waitForURL(QUICK_EXIT_URL);

    expect(page.url()).toBe(QUICK_EXIT_URL);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });
});
