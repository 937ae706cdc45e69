/**
 * A counselor writes while the connection is cut, reloads the page, and once it connects again the visitor
 * gets those messages exactly once and in the order written: the staff outbox lives in localStorage and is
 * resent with the original clientMessageIds.
 */
import type { WireMessage } from '@hidamari/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { createShift, createStaff, ok, staffSocket } from '../support/clients';
import { eventually, record, SocketBag, startVisitor, visitorSync } from '../support/flows';
import { serverAndBrowser, staffContext } from './browser';

describe('the staff outbox in the browser', () => {
  const ctx = serverAndBrowser();
  const bag = new SocketBag();
  afterAll(() => bag.closeAll());

  it('should deliver messages written while offline exactly once and in order when the page is reloaded and reconnects', async () => {
    const member = await createStaff(ctx.server, { displayName: '佐藤 光' });
    await createShift(ctx.server, member.staff.id);
    const visitor = await startVisitor(ctx.server, bag, { message: '聞いてもらえますか' });
    const { consultationId } = visitor.started;
    const live = record<WireMessage>(visitor.socket, 'message:created');
    const desk = bag.add(await staffSocket(ctx.server, member.cookie));
    await ok(desk, 'duty:set', { onDuty: true });
    await ok(desk, 'consultation:claim', { consultationId });
    desk.disconnect();

    const context = await staffContext(ctx.browser);
    const [name, value] = member.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: ctx.server.url }]);
    // While `cut`, every new socket connection of the page is refused: the server cannot be reached.
    let cut = false;
    await context.routeWebSocket(/\/socket\.io\//, (ws) => (cut ? ws.close() : ws.connectToServer()));
    const page = await context.newPage();
    await page.goto(ctx.server.url + '/staff');
    const input = page.getByTestId('chat-input');
    await input.fill('はい、聞いています。');
    await input.press('Enter');
    await page.locator('[data-testid="message"][data-status="sent"]', { hasText: 'はい、聞いています。' }).waitFor();

    cut = true;
    for (const s of ctx.server.hidamari.realtime.staffNsp.sockets.values()) if (s.data.staff?.id === member.staff.id) s.disconnect(true);
    await page.locator('.st-conn--offline').waitFor();
    for (const body of ['一通目（オフライン）', '二通目（オフライン）']) {
      await input.fill(body);
      await input.press('Enter');
      await page.locator('[data-testid="message"][data-status="pending"]', { hasText: body }).waitFor();
    }

    await page.reload();
    const outbox = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hidamari.staff.outbox.')).map((k) => localStorage.getItem(k)));
    expect((await outbox()).join()).toMatch(/一通目（オフライン）.*二通目（オフライン）/);
    cut = false;
    await page.locator('[data-testid="message"][data-status="sent"]', { hasText: '二通目（オフライン）' }).waitFor();

    const bodies = await eventually(async () => {
      const all = (await visitorSync(visitor.socket)).map((m) => m.body);
      expect(all).toContain('二通目（オフライン）');
      return all;
    });
    expect(bodies).toEqual(['聞いてもらえますか', 'はい、聞いています。', '一通目（オフライン）', '二通目（オフライン）']);
    await eventually(() => expect(live.map((m) => m.body)).toContain('二通目（オフライン）'));
    expect(live.map((m) => m.body).filter((b) => b.includes('オフライン'))).toEqual(['一通目（オフライン）', '二通目（オフライン）']);
    expect(await outbox()).toEqual([]);
    expect(await page.locator('[data-testid="message"]', { hasText: '一通目（オフライン）' }).count()).toBe(1);
  });
});
