/**
 * A referral card end to end: an admin keeps a service in the directory, a counselor finds it beside the chat (Alt+R)
 * and sends it as a card; the visitor's phone shows it with a working `tel:` link, and keeps it after the chat closes.
 */
import type { Service, ServiceInput } from '@hidamari/shared';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminSession, http } from '../support/clients';
import { serverAndBrowser, visitorContext } from './browser';
import { startFromIntake } from './visitor-journey';
import { deskContext, goOnDuty, onShiftCounselor, signIn, take } from './workspace-helpers';

const SCREENS = '/work/screens/staff-workspace';
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}.png` });
}

const CENTER: ServiceInput = {
  kind: 'hikikomori_center',
  name: 'ひだまり市ひきこもり地域支援センター',
  area: { prefecture: '東京都', municipality: 'ひだまり市' },
  phone: '03-0000-1234',
  url: 'https://example.jp/hidamari-center',
  hours: '平日 9:00〜17:00',
  description: 'ご本人とご家族の相談を、電話・来所・訪問で受けています。',
  en: { name: 'Hidamari City Hikikomori Support Center', description: 'Consultations for the person and their family.', hours: 'Weekdays 9:00–17:00' },
};
const STATION: ServiceInput = {
  kind: 'youth_support_station', name: 'なにわ若者サポートステーション', area: { prefecture: '大阪府', municipality: '大阪市' },
  phone: '06-0000-5678', description: '働くことに向けた相談とプログラム。',
};

async function addService(server: Parameters<typeof adminSession>[0], input: ServiceInput): Promise<Service> {
  const res = await http<{ service: Service }>(server, 'POST', '/api/services', { cookie: await adminSession(server), body: input });
  expect(res.status).toBe(201);
  return res.body.service;
}

describe('referral cards in the browser', () => {
  const ctx = serverAndBrowser();

  it.each(['ja', 'en'] as const)('should send a directory entry as a card the visitor can call and keep after the close (%s)', async (lang) => {
    const center = await addService(ctx.server, { ...CENTER, name: `${CENTER.name} ${lang}` });
    await addService(ctx.server, STATION);

    const member = await onShiftCounselor(ctx.server);
    const desk = await (await deskContext(ctx.browser, lang)).newPage();
    await signIn(desk, ctx.server, member);
    await goOnDuty(desk);
    // The visitor on a phone; every followed link is recorded (and held, so the page stays) after the app had its say.
    const visitor = await (await visitorContext(ctx.browser)).newPage();
    await visitor.addInitScript(() => {
      const w = window as unknown as { followed: { href: string; prevented: boolean }[] };
      w.followed = [];
      document.addEventListener('click', (e) => {
        const a = (e.target as Element | null)?.closest('a');
        if (!a) return;
        w.followed.push({ href: a.href, prevented: e.defaultPrevented });
        e.preventDefault();
      });
    });
    const first = `紹介カードのテスト ${lang}`;
    await startFromIntake(visitor, ctx.server, first);

    const item = desk.locator('[data-testid="queue-item"]', { hasText: first });
    const consultationId = (await item.getAttribute('data-consultation-id'))!;
    await take(desk, consultationId);

    // Alt+R from the message box opens the search with the focus in it.
    await desk.getByTestId('chat-input').focus();
    await desk.keyboard.press('Alt+r');
    const panel = desk.getByTestId('referral-panel');
    await panel.waitFor();
    expect(await desk.getByTestId('referral-search').evaluate((el) => el === document.activeElement)).toBe(true);
    await panel.getByTestId('referral-result').nth(1).waitFor();
    await desk.keyboard.type(center.name);
    await panel.getByTestId('referral-kind').selectOption('hikikomori_center');
    const result = panel.locator(`[data-testid="referral-result"][data-service-id="${center.id}"]`);
    await result.waitFor();
    await expect.poll(() => panel.getByTestId('referral-result').count()).toBe(1);
    await shot(desk, `directory-search-${lang}`);

    await result.getByTestId('referral-send').click();
    await result.getByTestId('referral-sent').waitFor();
    await desk.locator('[data-testid="message"][data-kind="card"] [data-testid="referral-card"]', { hasText: center.name }).waitFor();
    await shot(desk, `card-sent-staff-${lang}`);

    // The visitor sees the card (in the consultation's language: Japanese) with a tel: link that only has the digits.
    const card = visitor.locator('[data-testid="referral-card"]', { hasText: center.name });
    await card.waitFor();
    const phone = card.getByTestId('card-phone');
    expect(await phone.getAttribute('href')).toBe('tel:0300001234');
    await phone.click();
    const followed = await visitor.evaluate(() => (window as unknown as { followed: { href: string; prevented: boolean }[] }).followed);
    expect(followed).toEqual([{ href: 'tel:0300001234', prevented: false }]);
    if (lang === 'ja') await shot(visitor, 'card-visitor-phone');

    // The counselor closes: the card stays on the visitor's closed view.
    await desk.getByTestId('close-open').click();
    await desk.getByTestId('close-outcome').selectOption('referred');
    await desk.getByTestId('close-confirm').click();
    await desk.waitForSelector(`[data-testid="chat-tab"][data-consultation-id="${consultationId}"][data-state="closed"]`);
    await visitor.getByTestId('closed-view').waitFor();
    expect(await visitor.locator('[data-testid="referral-card"]', { hasText: center.name }).isVisible()).toBe(true);
    // The directory search closes with the chat: no card can go to a closed consultation.
    expect(await desk.getByTestId('referral-panel').count()).toBe(0);
    if (lang === 'ja') {
      await visitor.locator('[data-testid="referral-card"]', { hasText: center.name }).scrollIntoViewIfNeeded();
      await shot(visitor, 'card-visitor-closed');
    }
    await desk.context().close();
    await visitor.context().close();
  });
});
