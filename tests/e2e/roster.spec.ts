/**
 * The roster in a real browser: an admin puts a counselor on shift from the week view (by the form), draws a
 * supervisor's shift by dragging, moves it and deletes it with the keyboard; the visitor page then shows the service open,
 * and the counselor can go on duty.
 */
import { TZDate } from '@date-fns/tz';
import type { ServiceStatus, ShiftView } from '@hidamari/shared';
import { format } from 'date-fns';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN, adminSession, createStaff, http } from '../support/clients';
import { eventually } from '../support/flows';
import { serverAndBrowser, staffContext, visitorContext } from './browser';

const ZONE = 'Asia/Tokyo';

async function signIn(page: Page, url: string, loginId: string, password: string) {
  await page.goto(url + '/staff/login');
  await page.getByTestId('login-id').fill(loginId);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
}

describe('roster week view in the browser', () => {
  const ctx = serverAndBrowser();

  it('should open the service and let the counselor go on duty when an admin adds a shift covering now in the week view', async () => {
    const counselor = await createStaff(ctx.server, { displayName: '山田 花子', roles: ['counselor'] });
    const supervisor = await createStaff(ctx.server, { displayName: '佐藤 健', roles: ['supervisor'] });
    const adminCookie = await adminSession(ctx.server);
    const shiftsOf = async (staffId: string) => {
      const from = new Date(Date.now() - 8 * 86_400_000).toISOString();
      const to = new Date(Date.now() + 16 * 86_400_000).toISOString();
      const res = await http<{ shifts: ShiftView[] }>(ctx.server, 'GET', `/api/shifts?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, { cookie: adminCookie });
      return res.body.shifts.filter((s) => s.staffId === staffId);
    };

    // Nobody on shift yet: closed.
    expect((await http<ServiceStatus>(ctx.server, 'GET', '/api/status')).body.open).toBe(false);

    const admin = await (await staffContext(ctx.browser)).newPage();
    await signIn(admin, ctx.server.url, ADMIN.loginId, ADMIN.password);
    await admin.goto(ctx.server.url + '/staff/roster');
    await admin.getByTestId('roster-grid').waitFor();

    // By the form: this hour (local) for three hours; an end past midnight is read as the next day.
    const now = new TZDate(Date.now(), ZONE);
    await admin.getByTestId('roster-new').click();
    await admin.getByTestId('shift-staff').selectOption(counselor.staff.id);
    await admin.getByTestId('shift-date').fill(format(now, 'yyyy-MM-dd'));
    await admin.getByTestId('shift-start').fill(format(now, 'HH:00'));
    await admin.getByTestId('shift-end').fill(format(new TZDate(now.getTime() + 3 * 3_600_000, ZONE), 'HH:00'));
    await admin.getByTestId('shift-submit').click();
    const block = admin.locator(`[data-testid="roster-row"][data-staff-id="${counselor.staff.id}"] [data-testid="roster-shift"]`);
    await block.waitFor();
    const [created] = await shiftsOf(counselor.staff.id);
    expect(created?.role).toBe('counselor');
    expect(Date.parse(created!.startsAt)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(created!.endsAt)).toBeGreaterThan(Date.now());

    // By dragging on the supervisor's empty row: a new block, snapped to 15 minutes, with their role.
    const track = admin.locator(`[data-testid="roster-row"][data-staff-id="${supervisor.staff.id}"] [data-testid="roster-track"]`);
    const box = (await track.boundingBox())!;
    await admin.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await admin.mouse.down();
    await admin.mouse.move(box.x + box.width * 0.32, box.y + box.height / 2, { steps: 4 });
    await admin.mouse.move(box.x + box.width * 0.34, box.y + box.height / 2, { steps: 4 });
    await admin.mouse.up();
    await admin.locator(`[data-testid="roster-row"][data-staff-id="${supervisor.staff.id}"] [data-testid="roster-shift"][data-role="supervisor"]`).waitFor();
    const [drawn] = await shiftsOf(supervisor.staff.id);
    expect(new Date(drawn!.startsAt).getUTCMinutes() % 15).toBe(0);
    expect(Date.parse(drawn!.endsAt) - Date.parse(drawn!.startsAt)).toBeGreaterThanOrEqual(15 * 60_000);

    // The keyboard: the drawn block moves 15 minutes later with →.
    const sv = admin.locator(`[data-testid="roster-shift"][data-shift-id="${drawn!.id}"]`);
    await sv.focus();
    await sv.press('ArrowRight');
    await eventually(async () => {
      const [moved] = await shiftsOf(supervisor.staff.id);
      expect(Date.parse(moved!.startsAt) - Date.parse(drawn!.startsAt)).toBe(15 * 60_000);
    });

    // Delete asks first, then removes the block.
    await sv.press('Delete');
    await admin.getByTestId('confirm-ok').click();
    await sv.waitFor({ state: 'detached' });
    expect(await shiftsOf(supervisor.staff.id)).toEqual([]);

    // The visitor home page now shows the service open.
    expect((await http<ServiceStatus>(ctx.server, 'GET', '/api/status')).body.open).toBe(true);
    const visitor = await (await visitorContext(ctx.browser)).newPage();
    await visitor.goto(ctx.server.url + '/');
    await visitor.getByTestId('service-open').waitFor();
    expect(await visitor.getByTestId('off-hours').count()).toBe(0);

    // The counselor goes on duty within the shift.
    const staff = await (await staffContext(ctx.browser)).newPage();
    await signIn(staff, ctx.server.url, counselor.staff.loginId, counselor.password);
    const duty = staff.getByTestId('duty-toggle');
    await duty.waitFor();
    if ((await duty.getAttribute('aria-pressed')) !== 'true') await duty.click();
    await staff.waitForSelector('[data-testid="duty-toggle"][aria-pressed="true"]');
  });
});
