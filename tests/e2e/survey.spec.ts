/**
 * The after-chat survey in real Chromium: a visitor on a phone ends a chat, answers, sees the thanks, and a reload
 * does not ask again; the same by keyboard alone in English; skipping; and the admin's question editor.
 */
import type { Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ADMIN, adminSession, createStaff, http } from '../support/clients';
import { serverAndBrowser, visitorContext } from './browser';

const SCREENS = '/work/screens/survey';

describe('the after-chat survey in the browser', () => {
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

  async function visitorWhoLeft(lang: 'ja' | 'en'): Promise<Page> {
    const context = await visitorContext(ctx.browser);
    await context.addInitScript((l) => {
      if (!localStorage.getItem('hidamari.lang')) localStorage.setItem('hidamari.lang', l);
    }, lang);
    const page = await context.newPage();
    await page.goto(ctx.server.url + '/');
    await page.getByTestId('intake-audience-self').click();
    await page.getByTestId('intake-topic-daily-life').click();
    await page.getByTestId('intake-message').fill(lang === 'ja' ? '少しお話ししたいです。' : 'I would like to talk a little.');
    await page.getByTestId('intake-start').click();
    await page.getByTestId('leave-button').click();
    await page.getByTestId('leave-confirm').click();
    await page.getByTestId('closed-view').waitFor();
    return page;
  }

  it('should let a visitor answer after leaving, thank them, and not ask again after a reload', async () => {
    await openService();
    const page = await visitorWhoLeft('ja');
    const card = page.getByTestId('survey-card');
    await card.waitFor();
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/visitor-survey-ja.png`, fullPage: true });

    await page.getByTestId('survey-helpful').getByRole('radio', { name: '4（5段階）' }).click();
    await page.getByTestId('survey-safe').getByRole('radio', { name: 'はい' }).click();
    await page.getByTestId('survey-again').getByRole('radio', { name: 'いいえ' }).click();
    const comment = `待ち時間が短くて安心しました ${Date.now()}`;
    await page.getByTestId('survey-comment').fill(comment);
    expect(await card.textContent()).toContain(`${[...comment].length} / 1000`);
    await page.screenshot({ path: `${SCREENS}/visitor-survey-filled-ja.png`, fullPage: true });
    await page.getByTestId('survey-send').click();
    await page.getByTestId('survey-thanks').waitFor();
    await page.screenshot({ path: `${SCREENS}/visitor-survey-thanks-ja.png`, fullPage: true });

    const answers = await query<{ question_id: string; value_number: number | null; value_bool: boolean | null }>(sql`
      SELECT question_id, value_number, value_bool FROM survey_answers
      WHERE response_id IN (SELECT response_id FROM survey_answers WHERE question_id = 'helpful' AND value_number = 4) ORDER BY question_id`);
    expect(answers.map((a) => [a.question_id, a.value_number ?? a.value_bool])).toEqual([
      ['again', false], ['comment', null], ['helpful', 4], ['safe', true],
    ]);

    // A closed chat is not kept on the device: a reload starts afresh, with no survey to offer again.
    await page.reload();
    await page.getByTestId('intake-start').waitFor();
    expect(await page.getByTestId('survey-card').count()).toBe(0);
    expect(await page.getByTestId('closed-view').count()).toBe(0);
    await page.context().close();
  });

  it('should be answerable with the keyboard alone, in English', async () => {
    const page = await visitorWhoLeft('en');
    await page.getByTestId('survey-card').waitFor();
    expect(await page.getByTestId('survey-card').textContent()).toContain('If you like, tell us a little about today');
    await page.screenshot({ path: `${SCREENS}/visitor-survey-en.png`, fullPage: true });

    // Into the 1–5 group, arrow to 5; Tab to the yes/no group, Space picks "Yes"; the next group is skipped.
    await page.getByTestId('survey-helpful').locator('input').first().focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Thank you for listening.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('survey-comment');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('survey-send');
    await page.screenshot({ path: `${SCREENS}/visitor-survey-keyboard-en.png`, fullPage: true });
    await page.keyboard.press('Enter');
    await page.getByTestId('survey-thanks').waitFor();
    expect(await page.getByTestId('survey-thanks').textContent()).toContain('Thank you');
    await page.screenshot({ path: `${SCREENS}/visitor-survey-thanks-en.png`, fullPage: true });

    const scores = await query<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM survey_answers a JOIN survey_answers s ON s.response_id = a.response_id
      WHERE a.question_id = 'helpful' AND a.value_number = 5 AND s.question_id = 'safe' AND s.value_bool = true`);
    expect(scores[0]!.n).toBe(1);
    await page.context().close();
  });

  it('should close the card and send nothing when the visitor skips, and not offer it again after a reload', async () => {
    const page = await visitorWhoLeft('ja');
    await page.getByTestId('survey-skip').click();
    expect(await page.getByTestId('survey-card').count()).toBe(0);
    await page.getByTestId('start-new').waitFor();
    expect(await page.getByTestId('survey-card').count()).toBe(0);
    const marks = await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM survey_submissions`);
    await page.reload();
    await page.getByTestId('intake-start').waitFor();
    expect(await page.getByTestId('survey-card').count()).toBe(0);
    // Skipping sent nothing.
    expect((await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM survey_submissions`))[0]!.n).toBe(marks[0]!.n);
    await page.context().close();
  });

  it('should let an admin add, reorder by keyboard and retire questions', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(ctx.server.url + '/staff/login');
    await page.getByTestId('login-id').fill(ADMIN.loginId);
    await page.getByTestId('login-password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
    for (const lang of ['en', 'ja'] as const) {
      await page.evaluate((l) => localStorage.setItem('hidamari.lang', l), lang);
      await page.goto(ctx.server.url + '/staff/survey');
      await page.getByTestId('active-questions').waitFor();
      await page.screenshot({ path: `${SCREENS}/admin-survey-${lang}.png`, fullPage: true });
    }
    const active = page.getByTestId('active-questions');
    await active.waitFor();

    await page.getByTestId('new-question-kind').selectOption('yesno');
    await page.getByTestId('new-question-ja').fill('待ち時間は気になりませんでしたか？');
    await page.getByTestId('new-question-en').fill('Was the wait all right?');
    await page.getByTestId('new-question-add').click();
    await page.getByTestId('question-was-the-wait-all-right').waitFor();
    const order = async () => active.locator('> li').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect((await order()).at(-1)).toBe('question-was-the-wait-all-right');

    // Up twice with the keyboard: focus stays on the button that moved.
    await page.locator('[data-move="was-the-wait-all-right:up"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await order()).at(-2)).toBe('question-was-the-wait-all-right');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-move'))).toBe('was-the-wait-all-right:up');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await order()).at(-3)).toBe('question-was-the-wait-all-right');

    await page.getByTestId('question-again').getByRole('button', { name: /使わなくする/ }).click();
    await page.getByTestId('retired-questions').getByTestId('question-again').waitFor();
    await page.screenshot({ path: `${SCREENS}/admin-survey-edited-ja.png`, fullPage: true });

    const res = await http<{ questions: { id: string; retired: boolean }[] }>(ctx.server, 'GET', '/api/survey/questions', { cookie: await adminSession(ctx.server) });
    const ids = res.body.questions.filter((q) => !q.retired).map((q) => q.id);
    expect(ids).toEqual(['helpful', 'safe', 'was-the-wait-all-right', 'comment']);
    expect(res.body.questions.find((q) => q.id === 'again')?.retired).toBe(true);

    // With every question retired the page says what to do, and visitors are offered no survey.
    for (const id of ids) {
      await http(ctx.server, 'PATCH', `/api/survey/questions/${id}`, { cookie: await adminSession(ctx.server), body: { retired: true } });
    }
    await page.reload();
    await page.getByTestId('survey-empty').waitFor();
    await page.screenshot({ path: `${SCREENS}/admin-survey-empty-ja.png`, fullPage: true });
    await context.close();
  }, 120_000);
});
