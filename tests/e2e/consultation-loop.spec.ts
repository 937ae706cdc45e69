/**
 * The whole loop in two real browsers against the real server (serving the built SPA):
 * a visitor on a phone asks, a counselor on a desktop takes, they talk, a staff note stays hidden,
 * the visitor reloads and keeps the transcript, the counselor closes.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, createStaff, http, login } from '../support/clients';
import { serverAndBrowser, staffContext, visitorContext } from './browser';

describe('consultation loop in the browser', () => {
  const ctx = serverAndBrowser();

  it('should carry a consultation from intake to close when a counselor takes it', async () => {
    const counselor = await createStaff(ctx.server, { displayName: '山田 花子' });
    // A shift covering now, so the visitor page shows the service as open.
    const adminCookie = await login(ctx.server, ADMIN.loginId, ADMIN.password);
    const shift = await http(ctx.server, 'POST', '/api/shifts', {
      cookie: adminCookie,
      body: { staffId: counselor.staff.id, startsAt: new Date(Date.now() - 3_600_000).toISOString(), endsAt: new Date(Date.now() + 4 * 3_600_000).toISOString() },
    });
    expect(shift.status).toBe(201);

    const visitor = await (await visitorContext(ctx.browser)).newPage();
    const staff = await (await staffContext(ctx.browser)).newPage();

    // Visitor: intake with a first message, then the queue position.
    await visitor.goto(ctx.server.url + '/');
    await visitor.getByTestId('intake-audience-family').click();
    await visitor.getByTestId('intake-topic-family').click();
    await visitor.getByTestId('intake-nickname').fill('みどり');
    await visitor.getByTestId('intake-message').fill('息子が部屋から出てきません。');
    await visitor.getByTestId('intake-start').click();
    await visitor.getByTestId('queue-position').waitFor();
    expect(await visitor.getByTestId('queue-position').textContent()).toContain('1');

    // Counselor: sign in through the UI, go on duty, see the item, take it.
    await staff.goto(ctx.server.url + '/staff');
    await staff.waitForURL('**/staff/login');
    await staff.getByTestId('login-id').fill(counselor.staff.loginId);
    await staff.getByTestId('login-password').fill(counselor.password);
    await staff.getByTestId('login-submit').click();
    const duty = staff.getByTestId('duty-toggle');
    await duty.waitFor();
    if ((await duty.getAttribute('aria-pressed')) !== 'true') await duty.click();
    await staff.waitForSelector('[data-testid="duty-toggle"][aria-pressed="true"]');
    const item = staff.getByTestId('queue-item');
    await item.waitFor();
    expect(await item.textContent()).toContain('息子が部屋から出てきません。');
    const consultationId = await item.getAttribute('data-consultation-id');
    await item.getByTestId('queue-take').click();
    await staff.waitForSelector(`[data-testid="chat-tab"][data-consultation-id="${consultationId}"]`);
    await staff.getByTestId('message').filter({ hasText: '息子が部屋から出てきません。' }).waitFor();

    // Visitor sees who answers.
    await visitor.getByTestId('counselor-name').filter({ hasText: '山田 花子' }).waitFor();

    // Counselor → visitor (Enter sends).
    await staff.getByTestId('chat-input').fill('こんにちは。お話を聞かせてください。');
    await staff.getByTestId('chat-input').press('Enter');
    await staff.locator('[data-testid="message"][data-sender="staff"][data-status="sent"]', { hasText: 'お話を聞かせて' }).waitFor();
    await visitor.locator('[data-testid="message"][data-sender="staff"]', { hasText: 'お話を聞かせて' }).waitFor();

    // Visitor → counselor.
    await visitor.getByTestId('chat-input').fill('もう3年になります。');
    await visitor.getByTestId('chat-send').click();
    await visitor.locator('[data-testid="message"][data-sender="visitor"][data-status="sent"]', { hasText: 'もう3年' }).waitFor();
    await staff.locator('[data-testid="message"][data-sender="visitor"]', { hasText: 'もう3年' }).waitFor();

    // A staff-only note, then an ordinary message: once the second arrives, the note would have too.
    await staff.getByTestId('note-toggle').click();
    expect(await staff.getByTestId('note-toggle').getAttribute('aria-pressed')).toBe('true');
    await staff.getByTestId('chat-input').fill('内部メモ: 長期化の可能性');
    await staff.getByTestId('chat-send').click();
    await staff.locator('[data-testid="message"][data-visibility="staff"][data-status="sent"]', { hasText: '内部メモ' }).waitFor();
    await staff.getByTestId('note-toggle').click();
    await staff.getByTestId('chat-input').fill('ゆっくりで大丈夫です。');
    await staff.getByTestId('chat-input').press('Enter');
    await visitor.locator('[data-testid="message"][data-sender="staff"]', { hasText: 'ゆっくりで大丈夫' }).waitFor();
    expect(await visitor.getByText('内部メモ').count()).toBe(0);

    // Reload: the transcript comes back, still without the note.
    await visitor.reload();
    await visitor.locator('[data-testid="message"]', { hasText: 'ゆっくりで大丈夫' }).waitFor();
    await visitor.locator('[data-testid="message"]', { hasText: 'もう3年' }).waitFor();
    expect(await visitor.getByText('内部メモ').count()).toBe(0);

    // Close with an outcome; the visitor sees the closed view.
    await staff.getByTestId('close-open').click();
    await staff.getByTestId('close-outcome').selectOption('listened');
    await staff.getByTestId('close-confirm').click();
    await staff.waitForSelector(`[data-testid="chat-tab"][data-consultation-id="${consultationId}"][data-state="closed"]`);
    await visitor.getByTestId('closed-view').waitFor();
  });
});
