/**
 * The counselor sees the visitor's presence live, the topic in the visitor's own words, long nicknames cut in the tab
 * (full name on hover), and reading a message tells the visitor (`messages:read`).
 */
import type { MessagesReadMark } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { next } from '../support/clients';
import { reconnectVisitor, SocketBag } from '../support/flows';
import { serverAndBrowser } from './browser';
import { deskContext, goOnDuty, onShiftCounselor, shot, signIn, take, visitorStarts } from './workspace-helpers';

const LONG = 'とても長いニックネームのひとで四十文字まで入力できるのでタブが伸びるか';

describe('workspace: presence, topic, tabs and read marks', () => {
  const ctx = serverAndBrowser();

  it.each(['ja', 'en'] as const)('should show presence live, the visitor\'s topic words and a cut tab (%s)', async (lang) => {
    const bag = new SocketBag();
    const member = await onShiftCounselor(ctx.server);
    const page = await (await deskContext(ctx.browser, lang)).newPage();
    await signIn(page, ctx.server, member);
    await goOnDuty(page);

    const short = await visitorStarts(ctx.server, { nickname: 'みどり', topic: 'work-school', message: '仕事のことで' });
    const long = await visitorStarts(ctx.server, { nickname: LONG, topic: 'family', audience: 'family', message: '家族のことで相談です' });
    bag.add(short.socket);
    bag.add(long.socket);
    await take(page, short.id);
    await take(page, long.id);

    // One label per topic id: the words the visitor picked.
    await page.locator('.st-chat__facts', { hasText: lang === 'ja' ? '家族との関係' : 'Family relationships' }).waitFor();
    // The tab is cut, with the whole name on hover and as its accessible text.
    const tab = page.locator(`[data-testid="chat-tab"][data-consultation-id="${long.id}"]`);
    expect((await tab.boundingBox())!.width).toBeLessThanOrEqual(16 * 16 + 1);
    // (Bidi isolation marks around a visitor's nickname are not part of the name.)
    const plain = (s: string | null) => (s ?? '').replace(/[\u2066-\u2069]/g, '');
    expect(plain(await tab.locator('.st-tab__name').getAttribute('title'))).toBe(LONG);
    expect(plain(await tab.textContent())).toContain(LONG);
    expect(await tab.locator('.st-tab__name').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

    const presence = page.getByTestId('visitor-presence');
    await page.waitForSelector('[data-testid="visitor-presence"][data-connected="true"]');
    expect(await presence.textContent()).toBe(lang === 'ja' ? '相談者は接続中' : 'Visitor connected');

    // A message in view in the focused window is marked read: the visitor is told.
    const read = next<MessagesReadMark>(long.socket, 'messages:read', (m) => m.upToSeq >= 2);
    await long.socket.emitWithAck('message:send', { clientMessageId: 'c2', body: 'まだ話せますか' });
    await page.locator('[data-testid="message"][data-sender="visitor"]', { hasText: 'まだ話せますか' }).waitFor();
    expect(await read).toMatchObject({ consultationId: long.id, upToSeq: 2 });

    // The visitor goes away: the counselor sees it, with the time, in the chat and on the tab.
    long.socket.disconnect();
    await page.waitForSelector('[data-testid="visitor-presence"][data-connected="false"]');
    expect(await presence.textContent()).toMatch(lang === 'ja' ? /^相談者は \d{1,2}:\d{2} から離れています$/ : /^Visitor away since \d{1,2}:\d{2}/);
    await tab.getByTestId('tab-away').waitFor();
    await shot(page, `workspace-presence-away-${lang}`);

    await reconnectVisitor(ctx.server, bag, long.token);
    await page.waitForSelector('[data-testid="visitor-presence"][data-connected="true"]');
    expect(await tab.getByTestId('tab-away').count()).toBe(0);
    await shot(page, `workspace-presence-tabs-${lang}`);
    await page.context().close();
    bag.closeAll();
  });
});
