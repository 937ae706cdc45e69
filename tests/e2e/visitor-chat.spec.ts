/**
 * The conversation on a phone (390 × 844): the newest message is never under the composer (after sending, after a
 * reply, and when the on-screen keyboard opens); the counselor's joining is a visible line; typing and read marks
 * show; the counselor is "相談員 はる", never "はる (Counselor)"; a reply in a background tab changes the title.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../support/clients';
import { counselor, SocketBag } from '../support/flows';
import { serverAndBrowser, visitorContext } from './browser';
import { lastMessageVisibility, shoot, startFromIntake, switchTo, takeByPreview } from './visitor-journey';

describe('a conversation on a phone', () => {
  const ctx = serverAndBrowser();
  const bag = new SocketBag();

  it('should keep the newest message and its status above the composer after every send and reply, and when the keyboard opens', async () => {
    const page = await (await visitorContext(ctx.browser)).newPage();
    const c = await counselor(ctx.server, bag, { displayName: 'はる' });
    const first = '眠れない日が続いています。';
    await startFromIntake(page, ctx.server, first);
    const consultationId = await takeByPreview(c, first);

    // A visible line says who joined, in Japanese words only.
    await page.locator('[data-testid="chat-note"][data-kind="joined"]', { hasText: /^相談員の .*はる.* がチャットに入りました。$/ }).waitFor();

    for (let i = 1; i <= 4; i++) {
      await ok(c.socket, 'message:send', { consultationId, clientMessageId: `s-${i}`, body: `返信 ${i}: ゆっくりで大丈夫です。お話を聞かせてください。` });
      await page.locator('[data-testid="message"][data-sender="staff"]', { hasText: `返信 ${i}:` }).waitFor();
      await expect.poll(async () => (await lastMessageVisibility(page)).ok, { timeout: 5000 }).toBe(true);

      await page.getByTestId('chat-input').fill(`送信 ${i}`);
      await page.getByTestId('chat-send').click();
      await page.locator('[data-testid="message"][data-sender="visitor"][data-status="sent"]', { hasText: `送信 ${i}` }).waitFor();
      await expect.poll(async () => (await lastMessageVisibility(page)).ok, { timeout: 5000 }).toBe(true);
    }
    // The page really scrolls (otherwise nothing could be hidden): the first message is out of sight above.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);

    // The on-screen keyboard takes the lower part of the screen: the newest message comes back above the composer.
    await page.getByTestId('chat-input').focus();
    await page.setViewportSize({ width: 390, height: 844 - 330 });
    await expect.poll(async () => (await lastMessageVisibility(page)).ok, { timeout: 5000 }).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('chat-input').blur();

    // The counselor writes: "入力しています" shows, also fully above the composer; their message ends it.
    await ok(c.socket, 'typing:set', { consultationId, typing: true });
    const typing = page.getByTestId('typing-indicator');
    await typing.waitFor();
    const [box, composer] = await Promise.all([typing.boundingBox(), page.locator('.hv-composer').boundingBox()]);
    expect(box!.y + box!.height).toBeLessThanOrEqual(composer!.y + 1);

    // The counselor has read everything so far: the visitor's messages say 既読.
    const { messages } = await ok(c.socket, 'messages:sync', { consultationId, afterSeq: 0 });
    await ok(c.socket, 'messages:read', { consultationId, upToSeq: messages.at(-1)!.seq });
    await page.locator('[data-testid="message"][data-sender="visitor"][data-status="read"]', { hasText: '送信 4' }).waitFor();
    expect(await page.locator('[data-testid="message"][data-sender="visitor"] [data-testid="read-mark"]').first().textContent()).toContain('既読');

    // Who answers is said in the page's words, not the staff list's.
    // (The name is isolated with U+2068…U+2069 so it cannot disturb the sentence around it.)
    const who = await page.locator('[data-testid="message"][data-sender="staff"] .hv-msg__who').first().textContent();
    expect(who?.replace(/[\u2068\u2069]/g, '')).toBe('相談員 はる');
    expect(await page.locator('body').textContent()).not.toMatch(/Counselor|\(/);
    await shoot(page, 'chat-typing-read-join-ja');
    await switchTo(page, 'en');
    await page.locator('[data-testid="chat-note"][data-kind="joined"]', { hasText: /^Counselor .*はる.* has joined the chat\.$/ }).waitFor();
    await page.locator('[data-testid="read-mark"]', { hasText: 'Read' }).first().waitFor();
    await shoot(page, 'chat-typing-read-join-en');
    await switchTo(page, 'ja');
    await page.context().close();
    bag.closeAll();
  });

  it('should show the new reply count in the title while the tab is in the background, and play a chime only when turned on', async () => {
    const page = await (await visitorContext(ctx.browser)).newPage();
    const c = await counselor(ctx.server, bag, { displayName: 'あき' });
    const first = '話を聞いてほしいです。';
    await startFromIntake(page, ctx.server, first);
    const consultationId = await takeByPreview(c, first);
    await page.getByTestId('counselor-name').waitFor();
    const title = await page.title();
    expect(await page.getByTestId('sound-toggle').getAttribute('aria-pressed')).toBe('false');
    await page.getByTestId('sound-toggle').click();
    expect(await page.getByTestId('sound-toggle').getAttribute('aria-pressed')).toBe('true');
    // Counts the chimes played: the page's own AudioContext, watched.
    await page.evaluate(() => {
      const w = window as unknown as { chimes: number };
      w.chimes = 0;
      const start = OscillatorNode.prototype.start;
      OscillatorNode.prototype.start = function (...args) {
        w.chimes++;
        return start.apply(this, args);
      };
    });

    // The tab goes to the background.
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await ok(c.socket, 'message:send', { consultationId, clientMessageId: 't-1', body: 'こんにちは。' });
    await ok(c.socket, 'message:send', { consultationId, clientMessageId: 't-2', body: 'お待たせしました。' });
    await page.waitForFunction((t) => document.title === `（2）新しいメッセージ — ${t}`, title);
    expect(await page.evaluate(() => (window as unknown as { chimes: number }).chimes)).toBeGreaterThan(0);

    // Back to the page: the title is the usual one again; the choice is remembered after a reload.
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForFunction((t) => document.title === t, title);
    await page.reload();
    await page.getByTestId('sound-toggle').waitFor();
    expect(await page.getByTestId('sound-toggle').getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
    bag.closeAll();
  });
});
