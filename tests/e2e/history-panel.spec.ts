/**
 * A returning visitor in the counselor's workspace: the chat they asked for waits at the top of that counselor's queue
 * (others see it reserved and are refused), and once taken, the earlier consultation is beside the chat with its
 * record, staff-only notes marked, and the family card in the header.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Service } from '@hidamari/shared';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { adminSession, createShift, http, ok } from '../support/clients';
import { counselor, SocketBag, startVisitor, type Counselor } from '../support/flows';
import { serverAndBrowser } from './browser';
import { deskContext, signIn, take } from './workspace-helpers';

const SCREENS = '/work/screens/staff-workspace';
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}.png` });
}

describe('a returning visitor in the workspace', () => {
  const ctx = serverAndBrowser();
  const bag = new SocketBag();
  afterEach(() => bag.closeAll());

  /** The first consultation with `a`: words both ways, a staff-only note, a referral card; closed; the key kept. */
  async function earlierChatWith(a: Counselor, service: Service, lang: 'ja' | 'en'): Promise<string> {
    const first = await startVisitor(ctx.server, bag, { audience: 'family', topic: 'family', locale: lang, message: '息子が部屋から出てきません' });
    const consultationId = first.started.consultationId;
    await ok(a.socket, 'consultation:claim', { consultationId });
    await ok(a.socket, 'message:send', { consultationId, clientMessageId: randomUUID(), body: 'お話しくださってありがとうございます。' });
    await ok(a.socket, 'message:send', { consultationId, clientMessageId: randomUUID(), body: '前回メモ: 父親との関係に緊張あり', visibility: 'staff' });
    await ok(first.socket, 'message:send', { clientMessageId: randomUUID(), body: 'もう3年になります。' });
    await ok(a.socket, 'referral:send', { consultationId, serviceId: service.id });
    await ok(a.socket, 'consultation:close', { consultationId, outcome: 'follow_up', tags: ['生活リズム', '家族関係'] });
    const { returnKey } = await ok(first.socket, 'returnKey:keep', {});
    first.socket.disconnect();
    return returnKey;
  }

  it.each(['ja', 'en'] as const)('should put the asked-for chat on top and show the earlier consultation beside it (%s)', async (lang) => {
    const admin = await adminSession(ctx.server);
    const service = (await http<{ service: Service }>(ctx.server, 'POST', '/api/services', {
      cookie: admin,
      body: { kind: 'family_class', name: `ひだまり家族教室 ${lang}`, area: { prefecture: '東京都', municipality: 'ひだまり市' }, phone: '03-0000-2222', description: '月に一度の家族教室です。' },
    })).body.service;
    const a = await counselor(ctx.server, bag, { displayName: lang === 'ja' ? '佐藤 みどり' : 'Midori Sato' });
    const returnKey = await earlierChatWith(a, service, lang);
    const b = await counselor(ctx.server, bag, { displayName: lang === 'ja' ? '田中 ひかる' : 'Hikaru Tanaka' });

    const deskA = await (await deskContext(ctx.browser, lang)).newPage();
    const deskB = await (await deskContext(ctx.browser, lang)).newPage();
    await signIn(deskA, ctx.server, a);
    await signIn(deskB, ctx.server, b);
    // Someone else waiting first, so "on top" means something.
    await startVisitor(ctx.server, bag, { topic: 'work-school', message: '仕事のことで' });
    const back = await startVisitor(ctx.server, bag, {
      returnKey, preferCounselor: true, audience: 'family', topic: 'family', locale: lang, message: 'また来ました',
      family: { relationship: 'parent', ageBand: '20-29', duration: '3-5y', hopes: ['talk', 'exhaustion'] },
    });
    const id = back.started.consultationId;
    expect(back.started.linked).toMatchObject({ previousCount: 1 });

    // Counselor B sees it reserved for A, and taking it is refused in words.
    const itemB = deskB.locator(`[data-testid="queue-item"][data-consultation-id="${id}"]`);
    await itemB.getByTestId('queue-preferred').waitFor();
    expect(await itemB.getByTestId('queue-preferred').getAttribute('data-mine')).toBe('false');
    await itemB.getByTestId('queue-take').click();
    const refusal = itemB.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(lang === 'ja' ? /指名したスタッフ/ : /asked for a particular counselor/);
    await shot(deskB, `queue-preferred-other-${lang}`);

    // Counselor A: on top of the queue, marked for them, returning, with the family line.
    const items = deskA.getByTestId('queue-item');
    await deskA.locator(`[data-testid="queue-item"][data-consultation-id="${id}"] [data-testid="queue-preferred"][data-mine="true"]`).waitFor();
    // Others wait too (this one's and the earlier runs'); the reserved one leads A's view whatever the server's order.
    await expect.poll(async () => (await items.count()) >= 2).toBe(true);
    expect(await items.first().getAttribute('data-consultation-id')).toBe(id);
    const itemA = items.first();
    expect(await itemA.getByTestId('returning-marker').textContent()).toBe(lang === 'ja' ? '再来 · 前回 1 回' : 'Returning · 1 earlier');
    expect(await itemA.getByTestId('family-compact').textContent()).toContain(lang === 'ja' ? '親 · 20代 · 3〜5年' : 'Parent · 20s · 3–5 years');
    await shot(deskA, `queue-preferred-mine-${lang}`);

    // Taken: the family card in the header, the earlier consultation beside the chat.
    await take(deskA, id);
    const card = deskA.getByTestId('family-card');
    await card.waitFor();
    expect(await card.locator('[data-field="hopes"] dd').textContent()).toBe(lang === 'ja' ? '本人との接し方、家族自身の疲れ' : 'How to talk with them · Their own exhaustion');
    const panel = deskA.getByTestId('history-panel');
    const row = panel.getByTestId('history-item');
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain(lang === 'ja' ? '継続相談' : 'Follow-up');
    expect(await row.textContent()).toContain('生活リズム');
    expect(await panel.getByTestId('history-audit-note').isVisible()).toBe(true);
    await shot(deskA, `history-panel-${lang}`);

    // The record, read-only: the note marked as staff-only, the card drawn as a card.
    await row.getByTestId('history-open').click();
    const record = panel.getByTestId('history-transcript');
    await record.locator('[data-testid="message"][data-visibility="staff"]', { hasText: '前回メモ' }).waitFor();
    await record.locator('[data-testid="message"][data-sender="visitor"]', { hasText: 'もう3年になります。' }).waitFor();
    await record.locator('[data-testid="message"][data-kind="card"]', { hasText: service.name }).waitFor();
    expect(await record.locator('textarea, [data-testid="chat-input"]').count()).toBe(0);
    await shot(deskA, `history-transcript-${lang}`);

    // Esc goes back to the list; Alt+Y closes and reopens the panel.
    await record.getByTestId('history-back').focus();
    await deskA.keyboard.press('Escape');
    await row.waitFor();
    await deskA.keyboard.press('Alt+y');
    await panel.waitFor({ state: 'detached' });
    await deskA.keyboard.press('Alt+y');
    await panel.waitFor();
    await deskA.context().close();
    await deskB.context().close();
  });
  it.each(['ja', 'en'] as const)('should tell others the visitor waits for the next shift of their counselor when that counselor is off duty (%s)', async (lang) => {
    const admin = await adminSession(ctx.server);
    const service = (await http<{ service: Service }>(ctx.server, 'POST', '/api/services', {
      cookie: admin, body: { kind: 'ibasho', name: `居場所 ひなた ${lang}`, area: { prefecture: '東京都' }, description: '' },
    })).body.service;
    const a = await counselor(ctx.server, bag, { displayName: lang === 'ja' ? '山本 さくら' : 'Sakura Yamamoto' });
    const returnKey = await earlierChatWith(a, service, lang);
    // A goes off duty; their next shift is tomorrow at the same time, for four hours.
    await ok(a.socket, 'duty:set', { onDuty: false });
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    await createShift(ctx.server, a.staff.id, { startsAt: tomorrow, endsAt: new Date(tomorrow.getTime() + 4 * 3600_000) });
    const b = await counselor(ctx.server, bag);
    const back = await startVisitor(ctx.server, bag, { returnKey, preferCounselor: true, audience: 'family', topic: 'family', locale: lang, message: '待ちます' });
    expect(back.started.linked?.counselorNextShiftAt).toBe(tomorrow.toISOString());

    const desk = await (await deskContext(ctx.browser, lang)).newPage();
    await signIn(desk, ctx.server, b);
    const badge = desk.locator(`[data-testid="queue-item"][data-consultation-id="${back.started.consultationId}"] [data-testid="queue-preferred"]`);
    await badge.waitFor();
    expect(await badge.getAttribute('data-mode')).toBe('wait');
    const at = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { timeZone: 'Asia/Tokyo', month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(tomorrow);
    expect(await badge.textContent()).toBe(lang === 'ja' ? `山本 さくらさんを待っています（次回 ${at}）` : `Waiting for Sakura Yamamoto (next on ${at})`);
    await shot(desk, `queue-preferred-wait-${lang}`);
    await desk.context().close();
  });
});
