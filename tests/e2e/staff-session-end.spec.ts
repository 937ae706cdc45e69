/**
 * A staff session that ends on the server (here: the sweeper finds it past its 12-hour limit) drops the page's socket,
 * and the page, asking again, is refused and shows the login form: nobody keeps working on a session that is gone.
 */
import { describe, expect, it } from 'vitest';
import { createStaff } from '../support/clients';
import { eventually } from '../support/flows';
import { serverAndBrowser, staffContext } from './browser';

describe('a staff session ends while the page is open', () => {
  const ctx = serverAndBrowser();

  it('should take the page to the login form when the sweeper expires its session', async () => {
    const member = await createStaff(ctx.server, { displayName: '山田 葵' });
    const context = await staffContext(ctx.browser);
    const [name, value] = member.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: ctx.server.url }]);
    const page = await context.newPage();
    await page.goto(ctx.server.url + '/staff');
    await page.getByTestId('duty-toggle').waitFor();
    const connected = () => [...ctx.server.hidamari.realtime.staffNsp.sockets.values()].filter((s) => s.data.staff.id === member.staff.id);
    // The workspace and the alert stores each hold a socket of this session.
    await eventually(() => expect(connected().length).toBeGreaterThanOrEqual(1));

    // An explicit clock instead of waiting 12 hours: every session is past its absolute limit at this instant.
    await ctx.server.hidamari.services.sweeper.sweepOnce(new Date(Date.now() + 13 * 3600_000));
    await page.getByTestId('login-id').waitFor();
    expect(connected()).toHaveLength(0);
    await context.close();
  });
});
