/** Logging out with open chats asks first and offers to hand them back to the front of the queue, so nobody is dropped. */
import type { VisitorConsultationUpdate } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { next } from '../support/clients';
import { SocketBag } from '../support/flows';
import { serverAndBrowser } from './browser';
import { deskContext, goOnDuty, onShiftCounselor, shot, signIn, take, visitorStarts } from './workspace-helpers';

describe('workspace: logging out with open chats', () => {
  const ctx = serverAndBrowser();

  it.each(['ja', 'en'] as const)('should ask, and hand the chats back before logging out (%s)', async (lang) => {
    const bag = new SocketBag();
    const member = await onShiftCounselor(ctx.server);
    const page = await (await deskContext(ctx.browser, lang)).newPage();
    await signIn(page, ctx.server, member);
    await goOnDuty(page);
    const visitor = await visitorStarts(ctx.server, { nickname: 'ひかり', message: 'よろしくお願いします' });
    bag.add(visitor.socket);
    await take(page, visitor.id);

    // Cancel keeps everything as it was.
    await page.getByTestId('logout').click();
    const dialog = page.getByTestId('logout-dialog');
    await dialog.waitFor();
    await shot(page, `logout-confirm-${lang}`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(page.url()).toMatch(/\/staff$/);

    const requeued = next<VisitorConsultationUpdate>(visitor.socket, 'consultation:updated', (u) => u.status === 'queued' && u.queue !== undefined);
    await page.getByTestId('logout').click();
    await page.getByTestId('logout-handover').click();
    await page.waitForURL('**/staff/login');
    // Back to the front of the queue (behind only chats handed back earlier).
    expect((await requeued).status).toBe('queued');
    await page.context().close();
    bag.closeAll();
  });

  it('should log out at once when no chat is held', async () => {
    const member = await onShiftCounselor(ctx.server);
    const page = await (await deskContext(ctx.browser, 'ja')).newPage();
    await signIn(page, ctx.server, member);
    await page.getByTestId('logout').click();
    await page.waitForURL('**/staff/login');
    await page.context().close();
  });
});
