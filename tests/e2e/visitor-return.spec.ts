/**
 * Issue 12 in real Chromium on a phone: a visitor keeps a return key after a chat, comes back on a new page, confirms
 * linking and asks for the same counselor. On duty → the chat is offered to that counselor first; off duty with a shift
 * planned → the visitor is told when they are next on and chooses to wait. Also: a referral card in the chat (and kept
 * with the key), and the family intake sent with the start.
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ServiceInput } from '@hidamari/shared';
import { QUICK_EXIT_URL } from '../../web/src/visitor/quick-exit';
import { adminSession, createShift, http, ok } from '../support/clients';
import { counselor, eventually, SocketBag, type Counselor } from '../support/flows';
import { serverAndBrowser } from './browser';
import { axeViolations } from './visitor-axe';
import { startFromIntake, switchTo, takeByPreview } from './visitor-journey';

const SCREENS = '/work/screens/visitor-web';
/** A staff name is isolated in the sentence (FSI … PDI); the words around it are what is checked. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');
const HOUR = 3_600_000;

describe('a visitor coming back with their return key', () => {
  const ctx = serverAndBrowser();
  const bag = new SocketBag();
  mkdirSync(SCREENS, { recursive: true });

  async function phone(lang: 'ja' | 'en' = 'ja'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ja-JP', bypassCSP: true });
    await context.addInitScript((l) => {
      if (!localStorage.getItem('hidamari.lang')) localStorage.setItem('hidamari.lang', l);
    }, lang);
    return { context, page: await context.newPage() };
  }

  async function shoot(page: Page, name: string, full = false): Promise<void> {
    await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: full });
  }

  async function service(body: ServiceInput): Promise<string> {
    const res = await http<{ service: { id: string } }>(ctx.server, 'POST', '/api/services', { cookie: await adminSession(ctx.server), body });
    expect(res.status).toBe(201);
    return res.body.service.id;
  }

  /** A first chat with `c` that ends with the visitor keeping the key; answers the key shown. */
  async function chatAndKeep(page: Page, c: Counselor, first: string, opts: { card?: boolean; screens?: string } = {}): Promise<string> {
    await startFromIntake(page, ctx.server, first);
    const consultationId = await takeByPreview(c, first);
    await ok(c.socket, 'message:send', { consultationId, clientMessageId: `hello-${Date.now()}`, body: 'お話ししてくださって、ありがとうございます。' });
    if (opts.card) {
      const serviceId = await service({
        kind: 'ibasho', name: 'ひだまりの居場所 みなみ', area: { prefecture: '東京都', municipality: '架空区' }, phone: '03-0000-0000',
        url: 'https://example.org/ibasho', hours: '火・木 13:00〜17:00', description: '好きな時間に来て、好きなように過ごせる場所です。',
        en: { name: 'Hidamari place to be, Minami', description: 'Come when you like and spend the time as you like.', hours: 'Tue and Thu 1–5 p.m.' },
      });
      await ok(c.socket, 'referral:send', { consultationId, serviceId });
      const card = page.getByTestId('referral-card');
      await card.waitFor();
      // The card is a card, never its plain-text body: a heading, a tel: link and an external link.
      expect(await card.getByRole('heading').textContent()).toBe('ひだまりの居場所 みなみ');
      expect(await card.getByTestId('card-phone').getAttribute('href')).toBe('tel:0300000000');
      expect(await card.getByTestId('card-web').getAttribute('rel')).toBe('noopener noreferrer');
      expect(await card.getByTestId('card-web').getAttribute('target')).toBe('_blank');
      if (opts.screens) {
        await card.scrollIntoViewIfNeeded();
        await shoot(page, 'card-in-chat-ja');
        await switchTo(page, 'en');
        await card.scrollIntoViewIfNeeded();
        await shoot(page, 'card-in-chat-en');
        await switchTo(page, 'ja');
      }
    }
    await ok(c.socket, 'consultation:close', { consultationId, outcome: 'listened' });
    await page.getByTestId('closed-view').waitFor();
    const panel = page.getByTestId('return-key-panel');
    await panel.scrollIntoViewIfNeeded();
    if (opts.screens) {
      await shoot(page, `${opts.screens}-ja`);
      await switchTo(page, 'en');
      await panel.scrollIntoViewIfNeeded();
      await shoot(page, `${opts.screens}-en`);
      await switchTo(page, 'ja');
    }
    if (opts.screens) expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('return-key-keep').click();
    const key = (await page.getByTestId('return-key').textContent())!.trim();
    if (opts.screens) expect(await axeViolations(page)).toEqual([]);
    expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(await page.evaluate(() => localStorage.getItem('hidamari.visitor.returnKey'))).toBe(key);
    if (opts.screens) {
      await panel.scrollIntoViewIfNeeded();
      await shoot(page, 'closed-key-kept-ja');
      await switchTo(page, 'en');
      await panel.scrollIntoViewIfNeeded();
      await shoot(page, 'closed-key-kept-en');
      await switchTo(page, 'ja');
    }
    return key;
  }

  /** A new page on the same device: the welcome back, confirmed, asking for the same counselor; then the intake. */
  async function comeBack(context: BrowserContext, message: string, opts: { screens?: boolean } = {}): Promise<Page> {
    const page = await context.newPage();
    await page.goto(ctx.server.url + '/');
    const welcome = page.getByTestId('return-welcome');
    await welcome.waitFor();
    expect(await page.getByTestId('return-welcome-body').textContent()).toContain('前回の相談の続き');
    if (opts.screens) {
      expect(await axeViolations(page)).toEqual([]);
      await shoot(page, 'return-welcome-ja', true);
      await switchTo(page, 'en');
      await shoot(page, 'return-welcome-en', true);
      await switchTo(page, 'ja');
    }
    await page.getByTestId('return-same-counselor').click();
    await page.getByTestId('return-continue').click();
    await page.getByTestId('return-linked').waitFor();
    await page.getByTestId('intake-audience-self').click();
    await page.getByTestId('intake-topic-other').click();
    await page.getByTestId('intake-message').fill(message);
    await page.getByTestId('intake-start').click();
    await page.getByTestId('preferred-panel').waitFor();
    return page;
  }

  it('should offer the chat first to the counselor asked for when they are on duty, and keep the card with the key', async () => {
    const a = await counselor(ctx.server, bag, { displayName: 'はる' });
    const { context, page } = await phone();
    await chatAndKeep(page, a, '最近、眠れない日が続いています。', { card: true, screens: 'closed-keep-choice' });

    const again = 'また話を聞いてほしくて来ました。';
    const page2 = await comeBack(context, again, { screens: true });
    expect(await page2.getByTestId('preferred-panel').getAttribute('data-mode')).toBe('first');
    expect(plain(await page2.getByTestId('preferred-panel').textContent())).toContain('はるさんにお知らせしています');

    // A's queue: the new chat is marked for A, and linked to one earlier consultation.
    const item = await eventually(async () => {
      const { items } = await ok(a.socket, 'queue:list', {});
      const found = items.find((i) => i.preview === again);
      if (!found?.preferred) throw new Error('not yet reserved');
      return found;
    });
    expect(item.preferred).toMatchObject({ staffId: a.staff.id, mode: 'first' });
    expect(item.historyCount).toBe(1);
    await context.close();
  });

  it('should show the kept cards on the welcome back', async () => {
    const a = await counselor(ctx.server, bag, { displayName: 'あき' });
    const { context, page } = await phone();
    await chatAndKeep(page, a, 'どこか行ける場所を知りたいです。', { card: true });
    const page2 = await context.newPage();
    await page2.goto(ctx.server.url + '/');
    const cards = page2.getByTestId('return-cards');
    await cards.waitFor();
    expect(await cards.getByTestId('referral-card').count()).toBe(1);
    // Starting fresh sends no key: nothing is linked without the visitor's yes.
    await page2.getByTestId('return-fresh').click();
    await page2.getByTestId('return-declined').waitFor();
    // The quick exit takes the kept key off the device with everything else.
    const exit = new URL(QUICK_EXIT_URL);
    await page2.route(`${exit.protocol}//${exit.host}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>weather</title>' }));
    await page2.getByTestId('quick-exit').click();
    await page2.waitForURL(QUICK_EXIT_URL);
    await page2.goto(ctx.server.url + '/');
    await page2.getByTestId('return-open').waitFor();
    expect(await page2.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hidamari.visitor.')))).toEqual([]);
    await context.close();
  });

  it('should link with a key typed on another device, and stop opening anything once forgotten', async () => {
    const a = await counselor(ctx.server, bag, { displayName: 'あお' });
    const first = await phone();
    const key = await chatAndKeep(first.page, a, '前に話したことの続きです。');

    // Another device: no key stored, so only the way to type one; spaces, case and hyphens are forgiven.
    const other = await phone('en');
    await other.page.goto(ctx.server.url + '/');
    await other.page.getByTestId('return-open').click();
    await other.page.getByTestId('return-key-input').fill(key.toLowerCase().replace(/-/g, ' '));
    await other.page.getByTestId('return-key-check').click();
    await other.page.getByTestId('return-welcome').waitFor();
    await other.page.getByTestId('return-continue').click();
    await other.page.getByTestId('return-linked').waitFor();
    const again = `Typed key ${Date.now()}`;
    await other.page.getByTestId('intake-audience-self').click();
    await other.page.getByTestId('intake-topic-other').click();
    await other.page.getByTestId('intake-message').fill(again);
    await other.page.getByTestId('intake-start').click();
    await other.page.getByTestId('queue-position').waitFor();
    const item = await eventually(async () => {
      const found = (await ok(a.socket, 'queue:list', {})).items.find((i) => i.preview === again);
      if (!found) throw new Error('not queued yet');
      return found;
    });
    expect(item.historyCount).toBe(1);
    expect(item.preferred).toBeUndefined();
    await other.context.close();

    // Back on the first device: forget. The key leaves the device and opens nothing any more.
    await first.page.getByTestId('return-key-undo').click();
    await first.page.locator('[data-testid="return-key-panel"][data-step="forgotten"]').waitFor();
    expect(await first.page.evaluate(() => localStorage.getItem('hidamari.visitor.returnKey'))).toBeNull();
    await shoot(first.page, 'closed-key-forgotten-ja');
    const third = await phone();
    await third.page.goto(ctx.server.url + '/');
    await third.page.getByTestId('return-open').click();
    await third.page.getByTestId('return-key-input').fill(key);
    await third.page.getByTestId('return-key-check').click();
    await third.page.locator('[data-testid="return-entry"] .hv-error').waitFor();
    expect(await third.page.locator('[data-testid="return-entry"] .hv-error').textContent()).toContain('見つかりませんでした');
    await first.context.close();
    await third.context.close();
  });

  it('should say when the counselor asked for is next on shift, and let the visitor wait for them', async () => {
    const a = await counselor(ctx.server, bag, { displayName: 'なつ' });
    const { context, page } = await phone();
    await chatAndKeep(page, a, '家族とうまく話せません。');
    // A goes off duty; their next shift starts tomorrow.
    await ok(a.socket, 'duty:set', { onDuty: false });
    const next = new Date(Date.now() + 24 * HOUR);
    await createShift(ctx.server, a.staff.id, { startsAt: next, endsAt: new Date(next.getTime() + 4 * HOUR) }, 'counselor');

    const again = 'なつさんと話したいです。';
    const page2 = await comeBack(context, again);
    const panel = page2.getByTestId('preferred-panel');
    expect(await panel.getAttribute('data-mode')).toBe('wait');
    expect(plain(await page2.getByTestId('preferred-next-shift').textContent())).toMatch(/なつさんは、(明日|今夜|今日|\d+月\d+日).*担当の予定です/);
    expect(await axeViolations(page2)).toEqual([]);
    await shoot(page2, 'preferred-away-ja', true);
    await switchTo(page2, 'en');
    expect(await page2.getByTestId('preferred-next-shift').textContent()).toContain('next time on duty');
    await shoot(page2, 'preferred-away-en', true);
    await switchTo(page2, 'ja');

    await page2.getByTestId('prefer-wait').click();
    await page2.locator('[data-testid="preferred-panel"][data-chosen="wait"]').waitFor();
    await shoot(page2, 'preferred-waiting-ja', true);
    const item = await eventually(async () => {
      const { items } = await ok(a.socket, 'queue:list', {});
      const found = items.find((i) => i.preview === again);
      if (!found?.preferred) throw new Error('not yet reserved');
      return found;
    });
    expect(item.preferred).toMatchObject({ staffId: a.staff.id, mode: 'wait' });
    await context.close();
  });

  it('should send the optional family intake with the start', async () => {
    const c = await counselor(ctx.server, bag, { displayName: 'ふゆ' });
    for (const lang of ['ja', 'en'] as const) {
      const { context, page } = await phone(lang);
      await page.goto(ctx.server.url + '/');
      // No key on this device: only the way to type one, never a welcome.
      await page.getByTestId('return-open').waitFor();
      expect(await page.getByTestId('return-welcome').count()).toBe(0);
      await shoot(page, `home-${lang}`);
      await page.getByTestId('intake-audience-family').click();
      await page.getByTestId('family-intake').waitFor();
      await page.getByTestId('family-relationship-parent').click();
      await page.getByTestId('family-age-20-29').click();
      await page.getByTestId('family-duration-1-3y').click();
      await page.getByTestId('family-hope-talk').click();
      await page.getByTestId('family-hope-exhaustion').click();
      await page.getByTestId('family-intake').scrollIntoViewIfNeeded();
      await shoot(page, `family-intake-${lang}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('family-intake').screenshot({ path: `${SCREENS}/family-intake-full-${lang}.png` });
      const first = `家族の相談です ${lang} ${Date.now()}`;
      await page.getByTestId('intake-topic-family').click();
      await page.getByTestId('intake-message').fill(first);
      await page.getByTestId('intake-start').click();
      await page.getByTestId('queue-position').waitFor();
      const item = await eventually(async () => {
        const { items } = await ok(c.socket, 'queue:list', {});
        const found = items.find((i) => i.preview === first);
        if (!found) throw new Error('not queued yet');
        return found;
      });
      expect(item.family).toEqual({ relationship: 'parent', ageBand: '20-29', duration: '1-3y', hopes: ['talk', 'exhaustion'] });
      await context.close();
    }
  });
});
