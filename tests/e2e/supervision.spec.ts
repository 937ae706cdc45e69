/**
 * Supervision in two browsers (issue 8): a counselor escalates a chat as an emergency; a supervisor's page alerts with
 * sound, the supervisor acknowledges, monitors the chat and whispers; the counselor sees the acknowledgement, who is
 * monitoring, the whisper and the trail beside the chat; the visitor never receives the whisper.
 * With SCREENS_DIR set, it also saves screenshots of each state.
 */
import type { WireMessage } from '@hidamari/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ENV, ok } from '../support/clients';
import { counselor, record, SocketBag, startVisitor, visitorSync } from '../support/flows';
import { startTestServer, type TestServer } from '../support/test-server';
import { launchBrowser } from './browser';

const screens = process.env.SCREENS_DIR;

declare global {
  interface Window { __beeps?: number }
}

describe('an emergency escalation in the browser', () => {
  const ctx = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    ctx.server = await startTestServer({ env: ADMIN_ENV });
    ctx.browser = await launchBrowser();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });

  /** A signed-in staff page; every tone the page plays is counted (Web Audio makes no element to look for). */
  async function open(cookie: string, path: string): Promise<Page> {
    const context = await ctx.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP' });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: ctx.server.url }]);
    await context.addInitScript(() => {
      localStorage.setItem('hidamari.lang', 'ja');
      window.__beeps = 0;
      const create = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        window.__beeps = (window.__beeps ?? 0) + 1;
        return create.call(this);
      };
    });
    const page = await context.newPage();
    await page.goto(ctx.server.url + path);
    return page;
  }
  const shot = async (page: Page, name: string) => {
    if (screens) await page.screenshot({ path: `${screens}/${name}.png` });
  };

  it('should alert the supervisor with sound, and show the counselor the acknowledgement and the whisper but never the visitor', async () => {
    const bag = new SocketBag();
    const visitor = await startVisitor(ctx.server, bag, { nickname: 'あおい', message: 'もう消えたいと思ってしまいます。' });
    const consultationId = visitor.started.consultationId;
    const seenByVisitor = record<WireMessage>(visitor.socket, 'message:created');
    const worker = await counselor(ctx.server, bag, { displayName: '佐藤 光' });
    await ok(worker.socket, 'consultation:claim', { consultationId });
    const chief = await counselor(ctx.server, bag, { displayName: '高橋 真', roles: ['supervisor'] });

    const desk = await open(worker.cookie, '/staff');
    await desk.getByTestId('chat-tab').waitFor();
    const board = await open(chief.cookie, '/staff/supervision');
    await board.getByTestId('supervision-chats').waitFor();

    // The counselor raises an emergency from the chat.
    await desk.getByTestId('escalate-open').click();
    await desk.getByTestId('escalate-level-emergency').check();
    await desk.getByTestId('escalate-note').fill('希死念慮の訴えがあります。');
    await desk.getByTestId('escalate-submit').click();
    await desk.getByTestId('emergency-guide').waitFor();

    // The supervisor's page alerts, with sound, until acknowledged.
    const alert = board.getByTestId('escalation-alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-level')).toBe('emergency');
    expect(await alert.getAttribute('role')).toBe('alertdialog');
    expect(await board.evaluate(() => window.__beeps ?? 0)).toBeGreaterThan(0);
    await shot(board, 'supervision-alert');
    await board.getByTestId('escalation-ack').click();
    await alert.waitFor({ state: 'detached' });

    const acknowledged = desk.locator('[data-testid="escalation-state"][data-status="acknowledged"]');
    await acknowledged.waitFor();
    expect(await acknowledged.textContent()).toContain('高橋 真');

    // Monitoring and a whisper: the counselor sees both; the whisper is a staff-only line.
    await board.locator(`[data-testid="supervision-chat"][data-consultation-id="${consultationId}"]`).getByRole('button', { name: '見守る' }).click();
    await board.getByTestId('monitor-panel').waitFor();
    const whisper = '安全の確認を先にしましょう。ホットラインの案内も。';
    await board.getByTestId('whisper-input').fill(whisper);
    await board.getByTestId('whisper-send').click();
    await shot(board, 'supervision-monitor');

    await desk.getByTestId('monitor-notice').filter({ hasText: '高橋 真' }).waitFor();
    const line = desk.locator('[data-testid="message"][data-visibility="staff"]').filter({ hasText: whisper });
    await line.waitFor();
    // The trail beside the chat caught up without a reload: raised, taken on, monitored.
    for (const type of ['escalated', 'escalation_acknowledged', 'supervisor_joined']) await desk.locator(`.st-timeline__item[data-type="${type}"]`).waitFor();
    await shot(desk, 'supervision-counselor');

    // The visitor: nothing live, nothing on a full replay.
    const replay = await visitorSync(visitor.socket);
    expect(replay.map((m) => m.body)).not.toContain(whisper);
    expect(seenByVisitor.map((m) => m.body)).not.toContain(whisper);
    expect(replay.every((m) => m.visibility === 'all')).toBe(true);

    bag.closeAll();
    await desk.context().close();
    await board.context().close();
  });
});
