/**
 * `GET /api/status` tells a visitor whether anyone is there, until when or from when, in their language; a visitor
 * who writes while closed is told when it will be read, and is never promised minutes.
 */
import type { ServiceStatus } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { createShift, createStaff, http } from '../support/clients.js';
import { startVisitor } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

const HOUR = 3_600_000;
const hence = (ms: number) => new Date(Math.floor((Date.now() + ms) / 1000) * 1000);

describe('service hours for visitors', () => {
  const ctx = serverPerFile();
  const status = async (query = '') => {
    const res = await http<ServiceStatus>(ctx.server, 'GET', `/api/status${query}`, { origin: null });
    expect(res.status).toBe(200);
    return res.body;
  };

  // The tests run in order on one server: nothing planned, then a shift tomorrow, then a shift covering now.
  it('should say closed with no next opening and the off-hours text when no shift is planned', async () => {
    const ja = await status();
    expect(ja).toMatchObject({ open: false, closesAt: null, nextOpening: null, timezone: 'Asia/Tokyo', serviceName: 'ひだまり' });
    expect(ja.message).toMatch(/メッセージを残/);
    expect(ja.hotlines.length).toBeGreaterThan(0);
    const en = await status('?locale=en');
    expect(en).toMatchObject({ open: false, serviceName: 'Hidamari' });
    expect(en.message).toMatch(/leave a message/);
  });

  it('should refuse a locale it does not speak naming the field', async () => {
    const res = await http<{ error: { code: string; field?: string } }>(ctx.server, 'GET', '/api/status?locale=fr', { origin: null });
    expect([res.status, res.body.error]).toMatchObject([400, { code: 'INVALID_PAYLOAD', field: 'locale' }]);
  });

  it('should give the next shift start while closed and carry it in the start ack with no minutes promised', async () => {
    const { staff } = await createStaff(ctx.server);
    const startsAt = hence(20 * HOUR);
    await createShift(ctx.server, staff.id, { startsAt, endsAt: hence(26 * HOUR) });
    expect(await status()).toMatchObject({ open: false, closesAt: null, nextOpening: startsAt.toISOString() });

    const { started } = await startVisitor(ctx.server, ctx.bag, { message: '夜に書いています' });
    expect(started.service).toEqual({ open: false, nextOpening: startsAt.toISOString() });
    expect(started.queue).toEqual({ position: 1, estimatedWaitSeconds: null });
  });

  it('should say open until the shift ends with the welcome text when a shift covers now', async () => {
    const { staff } = await createStaff(ctx.server);
    const endsAt = hence(5 * HOUR);
    await createShift(ctx.server, staff.id, { startsAt: hence(-HOUR), endsAt });
    const en = await status('?locale=en');
    expect(en).toMatchObject({ open: true, closesAt: endsAt.toISOString(), nextOpening: null });
    expect(en.message).toMatch(/chat with a counselor/);
    expect((await status('?locale=ja')).message).toMatch(/相談員とチャット/);

    const { started } = await startVisitor(ctx.server, ctx.bag);
    expect(started.service).toEqual({ open: true, nextOpening: null });
  });
});
