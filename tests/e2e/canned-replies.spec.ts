/**
 * Canned replies in the browser: an admin keeps the center's list, a counselor their own; in a chat, "/" opens the
 * filterable list and Enter puts the text in the message box for editing; nothing is sent until they send.
 */
import type { WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { ADMIN, adminSession, http } from '../support/clients';
import { SocketBag } from '../support/flows';
import { serverAndBrowser } from './browser';
import { deskContext, goOnDuty, onShiftCounselor, shot, signIn, take, visitorStarts } from './workspace-helpers';

describe('canned replies in the browser', () => {
  const ctx = serverAndBrowser();

  it('should let an admin add a center reply on the canned page (ja and en screens)', async () => {
    for (const lang of ['ja', 'en'] as const) {
      const page = await (await deskContext(ctx.browser, lang)).newPage();
      await signIn(page, ctx.server, { staff: { loginId: ADMIN.loginId }, password: ADMIN.password } as never, '/staff/canned');
      await page.goto(ctx.server.url + '/staff/canned');
      await page.getByRole('heading', { level: 1 }).waitFor();
      const center = page.getByTestId('canned-center');
      const form = page.getByTestId('canned-form-center');
      await form.getByTestId('canned-title').fill(lang === 'ja' ? 'はじめのあいさつ' : 'Greeting');
      await form.getByTestId('canned-shortcut').fill(`hello${lang}`);
      await form.getByTestId('canned-ja').fill('ご相談ありがとうございます。ゆっくりで大丈夫ですので、お話しください。');
      await form.getByTestId('canned-en').fill('Thank you for reaching out. Take your time.');
      await form.getByTestId('canned-save').click();
      await center.getByTestId('canned-row').filter({ hasText: `/hello${lang}` }).waitFor();
      await shot(page, `canned-page-admin-${lang}`);
      await page.context().close();
    }
  });

  it.each(['ja', 'en'] as const)('should insert a canned reply for editing with "/" and Enter, never sending it by itself (%s)', async (lang) => {
    const bag = new SocketBag();
    const admin = await adminSession(ctx.server);
    await http(ctx.server, 'POST', '/api/canned-replies', {
      cookie: admin, body: { scope: 'center', title: '体調を気づかう', shortcut: `care${lang}`, body: { ja: '今日は体調はいかがですか。', en: 'How are you feeling today?' } },
    });
    const member = await onShiftCounselor(ctx.server);
    const page = await (await deskContext(ctx.browser, lang)).newPage();
    // A personal reply through the page.
    await signIn(page, ctx.server, member, '/staff/canned');
    await page.goto(ctx.server.url + '/staff/canned');
    const form = page.getByTestId('canned-form-personal');
    await form.getByTestId('canned-title').fill('自分の締めくくり');
    await form.getByTestId('canned-shortcut').fill('owari');
    await form.getByTestId('canned-ja').fill('また話したくなったら、いつでも来てくださいね。');
    await form.getByTestId('canned-save').click();
    await page.getByTestId('canned-personal').getByTestId('canned-row').filter({ hasText: '/owari' }).waitFor();
    await shot(page, `canned-page-counselor-${lang}`);

    await page.goto(ctx.server.url + '/staff');
    await goOnDuty(page);
    const visitor = await visitorStarts(ctx.server, { nickname: 'そら', locale: 'ja', message: 'こんばんは' });
    bag.add(visitor.socket);
    const received: WireMessage[] = [];
    visitor.socket.on('message:created', (m) => received.push(m));
    await take(page, visitor.id);

    const box = page.getByTestId('chat-input');
    await box.focus();
    await page.keyboard.press('/');
    const picker = page.getByTestId('canned-picker');
    await picker.waitFor();
    expect(await box.inputValue()).toBe('');
    await page.keyboard.type(`care${lang}`);
    expect(await picker.getByTestId('canned-option').count()).toBe(1);
    await shot(page, `canned-picker-open-${lang}`);
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    // In the visitor's language (ja), in the box, focused, and not sent.
    expect(await box.inputValue()).toBe('今日は体調はいかがですか。');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('むりはしないでくださいね。');

    // Ctrl+/ opens it anywhere in the text too; Esc closes it and leaves the text alone.
    await page.keyboard.press('Control+/');
    await picker.waitFor();
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'detached' });
    expect(received).toEqual([]);

    await page.keyboard.press('Enter');
    await page.locator('[data-testid="message"][data-sender="staff"][data-status="sent"]', { hasText: '今日は体調はいかがですか。むりはしないでくださいね。' }).waitFor();
    expect(received.map((m) => m.body)).toEqual(['今日は体調はいかがですか。むりはしないでくださいね。']);
    await page.context().close();
    bag.closeAll();
  });
});
