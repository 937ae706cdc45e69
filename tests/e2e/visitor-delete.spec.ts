/**
 * "この会話を削除する" in real Chromium on a phone: the visitor ends a chat, opens the confirmation, Esc closes the
 * dialog (never the quick exit), then deletes; the page shows it is gone and the database holds none of it.
 */
import type { Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminSession, createStaff, http } from '../support/clients';
import { serverAndBrowser, visitorContext } from './browser';

const SCREENS = '/work/screens/privacy-at-rest';

describe('a visitor deleting their conversation in the browser', () => {
  const ctx = serverAndBrowser();
  const query = async <T>(q: ReturnType<typeof sql>): Promise<T[]> =>
    ((await ctx.server.hidamari.database.db.execute(q)) as unknown as { rows: T[] }).rows;

  async function openService(): Promise<void> {
    const counselor = await createStaff(ctx.server);
    const res = await http(ctx.server, 'POST', '/api/shifts', {
      cookie: await adminSession(ctx.server),
      body: { staffId: counselor.staff.id, startsAt: new Date(Date.now() - 3_600_000).toISOString(), endsAt: new Date(Date.now() + 4 * 3_600_000).toISOString() },
    });
    expect(res.status).toBe(201);
  }

  async function visitorWhoLeft(lang: 'ja' | 'en', message: string): Promise<Page> {
    const context = await visitorContext(ctx.browser);
    await context.addInitScript((l) => {
      if (!localStorage.getItem('hidamari.lang')) localStorage.setItem('hidamari.lang', l);
    }, lang);
    const page = await context.newPage();
    await page.goto(ctx.server.url + '/');
    await page.getByTestId('intake-audience-self').click().catch(async (err: unknown) => {
      await page.screenshot({ path: `${SCREENS}/failed-intake-${lang}.png` });
      throw err;
    });
    await page.getByTestId('intake-topic-daily-life').click();
    await page.getByTestId('intake-message').fill(message);
    await page.getByTestId('intake-start').click();
    await page.getByTestId('leave-button').click();
    await page.getByTestId('leave-confirm').click();
    await page.getByTestId('closed-view').waitFor();
    return page;
  }

  const latest = async () => (await query<{ id: string }>(sql`SELECT id FROM consultations ORDER BY created_at DESC LIMIT 1`))[0]!.id;
  const contentOf = async (id: string) =>
    (await query<{ messages: number; purged: boolean }>(sql`
      SELECT (SELECT count(*)::int FROM messages m WHERE m.consultation_id = c.id) AS messages, c.content_purged_at IS NOT NULL AS purged
        FROM consultations c WHERE c.id = ${id}::uuid`))[0]!;

  for (const lang of ['ja', 'en'] as const) {
    it(`should confirm, let Esc close only the dialog, then delete and show it is gone (${lang})`, async () => {
      await openService();
      const marker = `DELETE-E2E-${lang}-${Date.now()}`;
      const page = await visitorWhoLeft(lang, lang === 'ja' ? `消してほしい話です ${marker}` : `Please forget this ${marker}`);
      const id = await latest();
      expect(await contentOf(id)).toEqual({ messages: 1, purged: false });
      const open = page.getByTestId('delete-open');
      await open.scrollIntoViewIfNeeded();
      expect(await open.textContent()).toBe(lang === 'ja' ? 'この会話を削除する' : 'Delete this conversation');
      await page.screenshot({ path: `${SCREENS}/closed-with-delete-${lang}.png`, fullPage: true });

      await open.click();
      const dialog = page.getByTestId('delete-dialog');
      await dialog.waitFor({ state: 'visible' });
      await page.screenshot({ path: `${SCREENS}/delete-dialog-${lang}.png` });
      const url = page.url();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(page.url()).toBe(url); // Esc closed the dialog, it did not quick-exit
      expect(await page.getByTestId('closed-view').count()).toBe(1);

      await open.click();
      await page.getByTestId('delete-confirm').click();
      await page.getByTestId('conversation-deleted').waitFor();
      expect(await page.getByTestId('conversation-deleted').textContent()).toContain(lang === 'ja' ? '会話を削除しました' : 'has been deleted');
      await page.screenshot({ path: `${SCREENS}/deleted-${lang}.png` });
      expect(await contentOf(id)).toEqual({ messages: 0, purged: true });

      await page.getByTestId('deleted-back').click();
      await page.getByTestId('intake-start').waitFor();
      await page.context().close();
    });
  }
});
