/** After the visitor ends the chat, the counselor still records outcome and tags (once), in the browser. */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { consultations } from '../../server/src/db/schema';
import { ok, staffSocket } from '../support/clients';
import { SocketBag } from '../support/flows';
import { serverAndBrowser } from './browser';
import { deskContext, goOnDuty, onShiftCounselor, shot, signIn, take, visitorStarts } from './workspace-helpers';

describe('workspace: outcome after the visitor left', () => {
  const ctx = serverAndBrowser();

  it.each(['ja', 'en'] as const)('should offer the outcome form on a chat the visitor ended and record it once (%s)', async (lang) => {
    const bag = new SocketBag();
    const member = await onShiftCounselor(ctx.server);
    const page = await (await deskContext(ctx.browser, lang)).newPage();
    await signIn(page, ctx.server, member);
    await goOnDuty(page);
    const visitor = await visitorStarts(ctx.server, { nickname: 'あお', message: 'ありがとうございました' });
    bag.add(visitor.socket);
    await take(page, visitor.id);

    await ok(visitor.socket, 'consultation:leave');
    const record = page.getByTestId('record-outcome');
    await record.click();
    await page.getByTestId('close-outcome').selectOption('follow_up');
    await page.locator('dialog[open] input').fill('家族, 生活リズム');
    await shot(page, `outcome-after-visitor-left-${lang}`);
    await page.getByTestId('close-confirm').click();
    await page.getByTestId('outcome-recorded').waitFor();
    await record.waitFor({ state: 'detached' });

    // What the server kept: the visitor's close, with the counselor's summary.
    const again = bag.add(await staffSocket(ctx.server, member.cookie));
    const res = await again.timeout(10_000).emitWithAck('consultation:close', { consultationId: visitor.id, outcome: 'other' });
    expect(res).toMatchObject({ ok: false, error: { code: 'CONSULTATION_CLOSED' } });
    const [row] = await ctx.server.hidamari.database.db.select().from(consultations).where(eq(consultations.id, visitor.id));
    expect(row).toMatchObject({ status: 'closed', closeReason: 'visitor_left', outcome: 'follow_up', tags: ['家族', '生活リズム'] });
    await page.context().close();
    bag.closeAll();
  });
});
