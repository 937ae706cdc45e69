/**
 * Bidirectional overrides and invisible characters in bodies and names, in real Chromium: each is shown as a small
 * visible code (⟪U+202E⟫) inside an isolate, and the letters around it keep their order on screen, in the
 * visitor's phone view and the counselor's desk view. Screenshots in both languages go to /work/screens/limits-http.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createShift, createStaff } from '../support/clients';
import { serverAndBrowser, visitorContext } from './browser';

const SCREENS = '/work/screens/limits-http';
const RLO = '\u202E';

/** Screen x of the first occurrence of each character inside `selector`'s last match, measured on the rendered glyphs. */
function glyphX(page: Page, selector: string, chars: string[]): Promise<number[]> {
  return page.evaluate(({ selector, chars }) => {
    const all = document.querySelectorAll(selector);
    const el = all[all.length - 1];
    if (!el) throw new Error(`nothing matches ${selector}`);
    return chars.map((ch) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(ch);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + ch.length);
        return range.getBoundingClientRect().left;
      }
      throw new Error(`${ch} is not in ${selector}`);
    });
  }, { selector, chars });
}

/** Where a raw override is still in the page's text: the elements holding it (none, when every one is shown as a code). */
function rawOverrides(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent!.includes('\u202E')) found.push(`${node.parentElement!.tagName}.${node.parentElement!.className}`);
    }
    return found;
  });
}

const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);
const text = (page: Page, selector: string) => page.locator(selector).last().textContent();

describe('bidirectional and invisible characters', () => {
  const ctx = serverAndBrowser();

  it('should show overrides as visible codes and keep the text around them in order on the visitor and staff views', async () => {
    mkdirSync(SCREENS, { recursive: true });
    const member = await createStaff(ctx.server, { displayName: `山田${RLO}花子` });
    await createShift(ctx.server, member.staff.id);

    // Visitor: a nickname and a first message that each hide a right-to-left override.
    const visitor = await (await visitorContext(ctx.browser)).newPage();
    await visitor.goto(ctx.server.url + '/');
    await visitor.getByTestId('intake-audience-self').click();
    await visitor.getByTestId('intake-topic-other').click();
    await visitor.getByTestId('intake-nickname').fill(`はる${RLO}abc`);
    await visitor.getByTestId('intake-message').fill(`abc${RLO}def`);
    await visitor.getByTestId('intake-start').click();
    await visitor.getByTestId('queue-position').waitFor();

    // Counselor at the desk: sign in, go on duty, take the chat, answer (plain), then a line after it.
    const desk = await (await ctx.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP' })).newPage();
    await desk.goto(ctx.server.url + '/staff');
    await desk.waitForURL('**/staff/login');
    await desk.getByTestId('login-id').fill(member.staff.loginId);
    await desk.getByTestId('login-password').fill(member.password);
    await desk.getByTestId('login-submit').click();
    const duty = desk.getByTestId('duty-toggle');
    await duty.waitFor();
    if ((await duty.getAttribute('aria-pressed')) !== 'true') await duty.click();
    await desk.waitForSelector('[data-testid="duty-toggle"][aria-pressed="true"]');
    const item = desk.getByTestId('queue-item');
    await item.waitFor();
    // The queue card: nickname and preview each isolated, the override shown.
    expect(await item.textContent()).toContain('はる⟪U+202E⟫abc');
    await item.getByTestId('queue-take').click();
    await desk.waitForSelector('[data-testid="chat-tab"][aria-selected="true"]');
    await desk.getByTestId('chat-input').fill('こんにちは、どうぞ。');
    await desk.getByTestId('chat-input').press('Enter');
    await desk.getByTestId('chat-input').fill('つぎ 123');
    await desk.getByTestId('chat-input').press('Enter');

    // Visitor view: the body reads abc ⟪U+202E⟫ def left to right; the counselor's name too; the next line is untouched.
    const visitorBody = '[data-testid="message"][data-sender="visitor"] .hv-msg__body';
    await visitor.locator('[data-testid="message"][data-sender="staff"]', { hasText: 'つぎ 123' }).waitFor();
    expect(await text(visitor, visitorBody)).toBe('abc⟪U+202E⟫def');
    expect(increasing(await glyphX(visitor, visitorBody, ['a', 'c', '⟪', '⟫', 'd', 'e', 'f']))).toBe(true);
    const who = '[data-testid="message"][data-sender="staff"] .hv-msg__who';
    expect(await text(visitor, who)).toContain('山田⟪U+202E⟫花子');
    expect(increasing(await glyphX(visitor, who, ['山', '田', '⟪', '花', '子']))).toBe(true);
    const nextLine = '[data-testid="message"][data-sender="staff"] .hv-msg__body';
    expect(increasing(await glyphX(visitor, nextLine, ['つ', 'ぎ', '1', '2', '3']))).toBe(true);
    expect(await rawOverrides(visitor)).toEqual([]);
    expect(await visitor.locator('bdi[dir="auto"]').count()).toBeGreaterThan(0);

    // Staff view: the visitor's body, their nickname on the tab and in the header; the own name as sent by the server.
    const staffBody = '[data-testid="message"][data-sender="visitor"] .st-msg__body';
    expect(await text(desk, staffBody)).toBe('abc⟪U+202E⟫def');
    expect(increasing(await glyphX(desk, staffBody, ['a', 'c', '⟪', 'd', 'e', 'f']))).toBe(true);
    expect(increasing(await glyphX(desk, '[data-testid="chat-tab"] .st-tab__name', ['は', 'る', '⟪', 'a', 'b', 'c']))).toBe(true);
    expect(await rawOverrides(desk)).toEqual([]);

    for (const lang of ['ja', 'en'] as const) {
      for (const page of [visitor, desk]) {
        await page.evaluate((l) => localStorage.setItem('hidamari.lang', l), lang);
        await page.reload();
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      }
      await visitor.locator('[data-testid="message"][data-sender="staff"]', { hasText: 'つぎ 123' }).waitFor();
      await desk.locator('[data-testid="message"][data-sender="staff"]', { hasText: 'つぎ 123' }).waitFor();
      await visitor.screenshot({ path: `${SCREENS}/bidi-visitor-${lang}.png` });
      await desk.screenshot({ path: `${SCREENS}/bidi-staff-${lang}.png` });
    }
  }, 120_000);
});
