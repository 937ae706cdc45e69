/**
 * An admin resets a counselor's password in the staff page; the counselor signs in with the temporary password, is
 * taken to the change form before anything else, sets their own, and then reaches their workspace.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, createStaff } from '../support/clients';
import { serverAndBrowser, staffContext } from './browser';

describe('an admin resets a password', () => {
  const ctx = serverAndBrowser();

  it('should make the person change the temporary password when they sign in with it', async () => {
    const member = await createStaff(ctx.server, { displayName: '佐藤 灯' });

    const admin = await staffContext(ctx.browser);
    const adminPage = await admin.newPage();
    await adminPage.goto(ctx.server.url + '/staff/login');
    await adminPage.getByTestId('login-id').fill(ADMIN.loginId);
    await adminPage.getByTestId('login-password').fill(ADMIN.password);
    await adminPage.getByTestId('login-submit').click();
    const row = adminPage.getByTestId(`staff-row-${member.staff.loginId}`);
    await row.getByTestId('reset-password').click();
    await adminPage.getByTestId('reset-confirm').click();
    const temporary = (await adminPage.getByTestId('temporary-password').textContent())!.trim();
    expect(temporary).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);

    const own = await staffContext(ctx.browser);
    const page = await own.newPage();
    await page.goto(ctx.server.url + '/staff');
    await page.getByTestId('login-id').fill(member.staff.loginId);
    await page.getByTestId('login-password').fill(temporary);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('password-currentPassword').waitFor();
    expect(new URL(page.url()).pathname).toBe('/staff/password');

    // Anywhere else in the app sends them back to the change form.
    await page.goto(ctx.server.url + '/staff');
    await page.getByTestId('password-currentPassword').fill(temporary);
    await page.getByTestId('password-newPassword').fill('my-own-password-2026');
    await page.getByTestId('password-confirm').fill('my-own-password-2026');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('duty-toggle').waitFor();
    expect(new URL(page.url()).pathname).toBe('/staff');

    await admin.close();
    await own.close();
  });
});
