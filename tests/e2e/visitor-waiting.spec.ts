/**
 * The waiting view on a phone always agrees with itself and with the hours: minutes only while someone on duty can
 * keep them, "no estimate" while nobody is on duty, when it will be read while closed; a visitor already waiting is
 * told live when the service closes, and kindly why, when their counselor is gone, with their place kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ADMIN_ENV, createShift, createStaff, ok } from '../support/clients';
import { counselor, SocketBag } from '../support/flows';
import { staffGoneFromServer } from '../support/presence';
import { startTestServer, testClock, type TestServer } from '../support/test-server';
import { launchBrowser, visitorContext } from './browser';
import { shoot, startFromIntake, switchTo, takeByPreview } from './visitor-journey';

const HOUR = 3_600_000;

describe('waiting on a phone', () => {
  const clock = testClock();
  const bag = new SocketBag();
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer({
      env: { ...ADMIN_ENV, SWEEP_INTERVAL_MS: '3600000', INACTIVITY_CLOSE_SECONDS: '172800', ABANDON_SECONDS: '172800', SESSION_IDLE_MINUTES: '720' },
      now: clock.now,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    bag.closeAll();
    await browser?.close();
    await server?.close();
  });
  const sweep = () => server.hidamari.services.sweeper.sweepOnce(clock.now());

  it('should never give minutes with nobody on duty, and say live when it will be read once the service closes', async () => {
    const t0 = Date.now();
    const { staff } = await createStaff(server, { displayName: 'なつ' });
    // A shift covers now, but its counselor has not gone on duty: open, with nobody to answer.
    await createShift(server, staff.id, { startsAt: new Date(t0 - HOUR), endsAt: new Date(t0 + HOUR) });
    await createShift(server, staff.id, { startsAt: new Date(t0 + 20 * HOUR), endsAt: new Date(t0 + 28 * HOUR) });
    await sweep();
    const page = await (await visitorContext(browser)).newPage();
    await page.goto(server.url + '/');
    await page.getByTestId('service-open').waitFor();
    await shoot(page, 'home-open-ja');
    await switchTo(page, 'en');
    await shoot(page, 'home-open-en');
    await switchTo(page, 'ja');

    await startFromIntake(page, server, '誰かと話したいです。', 'みどり');
    const wait = page.getByTestId('queue-wait');
    await wait.filter({ hasText: 'いまは、待ち時間の見込みをお出しできません。' }).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/\d+ 分/);
    await shoot(page, 'waiting-nobody-on-duty-ja');
    await switchTo(page, 'en');
    await wait.filter({ hasText: 'We can’t estimate the wait right now.' }).waitFor();
    await shoot(page, 'waiting-nobody-on-duty-en');
    await switchTo(page, 'ja');

    // The shift ends while the visitor waits: the page turns to "closed" and says when, without a reload.
    clock.advanceTo(new Date(t0 + 2 * HOUR));
    await sweep();
    await page.locator('h1', { hasText: 'ご相談を受け付けました' }).waitFor();
    await wait.filter({ hasText: /^相談員が.+から、届いた順に読みます。$/ }).waitFor();
    const text = (await page.locator('main').textContent())!;
    expect(text).not.toMatch(/\d+ 分|分以内/);
    await page.getByTestId('keep-code').waitFor();
    // The crisis lines beside it, in Japanese words only (no "(Inochi no Denwa)", no "24h").
    const lines = page.locator('.hv-hotlines li');
    await lines.first().waitFor();
    expect(await page.locator('.hv-hotlines ul').textContent()).not.toMatch(/[A-Za-z]/);
    await shoot(page, 'waiting-closed-ja');
    await switchTo(page, 'en');
    await wait.filter({ hasText: /^A counselor will read it .+, in the order messages arrived\.$/ }).waitFor();
    await page.locator('.hv-hotlines li', { hasText: 'Yorisoi Hotline' }).waitFor();
    expect(await page.locator('.hv-hotlines ul').textContent()).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    await shoot(page, 'waiting-closed-en');
    await switchTo(page, 'ja');
    clock.reset();
    await page.context().close();
  });

  it('should say kindly that the counselor’s connection dropped and that the place is kept, and who joins next', async () => {
    clock.reset();
    const first = await counselor(server, bag, { displayName: 'はる' });
    const page = await (await visitorContext(browser)).newPage();
    const message = '夜になると不安になります。';
    await startFromIntake(page, server, message);
    // Someone on duty with room: minutes, as a range the page can keep.
    await page.getByTestId('queue-wait').filter({ hasText: '待ち時間の目安は 5 分以内です。' }).waitFor();
    await shoot(page, 'waiting-open-ja');
    await switchTo(page, 'en');
    await shoot(page, 'waiting-open-en');
    await switchTo(page, 'ja');
    const consultationId = await takeByPreview(first, message);
    await page.getByTestId('chat-note').filter({ hasText: 'はる' }).waitFor();
    await ok(first.socket, 'message:send', { consultationId, clientMessageId: 'r-1', body: 'こんばんは。お話を聞かせてください。' });
    await page.locator('[data-testid="message"][data-sender="staff"]').waitFor();

    first.socket.disconnect();
    await staffGoneFromServer(server, first.staff.id);
    await server.hidamari.services.sweeper.sweepOnce(new Date(Date.now() + 120_000));
    const notice = page.getByTestId('requeue-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-reason')).toBe('counselor_disconnected');
    expect(await notice.textContent()).toContain('あなたの順番は優先して取ってあります');
    await page.getByTestId('chat-note').filter({ hasText: '相談員の接続が切れました。' }).waitFor();
    await page.getByTestId('queue-position').filter({ hasText: '1 番目' }).waitFor();
    await shoot(page, 'requeue-ja');
    await switchTo(page, 'en');
    expect(await notice.textContent()).toContain('You keep your place at the front of the line.');
    await shoot(page, 'requeue-en');
    await switchTo(page, 'ja');

    const second = await counselor(server, bag, { displayName: 'あき' });
    await ok(second.socket, 'consultation:claim', { consultationId });
    // Names are isolated (bidi) inside sentences: the line is matched around the name.
    await page.locator('[data-testid="chat-note"][data-kind="changed"]', { hasText: /^担当が相談員の .*あき.* に代わりました。$/ }).waitFor();
    await notice.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('should show the nickname limit as the field fills, instead of cutting silently', async () => {
    const page = await (await visitorContext(browser)).newPage();
    await page.goto(server.url + '/');
    const count = page.getByTestId('nickname-count');
    await count.filter({ hasText: '0 / 40 文字' }).waitFor();
    await page.getByTestId('intake-nickname').fill('あ'.repeat(45));
    await count.filter({ hasText: '40 / 40 文字 40 文字までです。' }).waitFor();
    expect(await page.getByTestId('intake-nickname').inputValue()).toHaveLength(40);
    await shoot(page, 'home-intake-ja');
    await switchTo(page, 'en');
    await count.filter({ hasText: '40 / 40 characters' }).waitFor();
    await shoot(page, 'home-intake-en');
    await page.context().close();
  });
});
