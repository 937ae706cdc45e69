import { describe, expect, it } from 'vitest';
import { ADMIN_ENV, call, visitorSocket } from '../support/clients.js';
import { serverPerFile } from '../support/suite.js';

describe('starting consultations', () => {
  const ctx = serverPerFile({ env: { ...ADMIN_ENV, RATE_LIMIT_START: '2' } });

  it('should refuse with RATE_LIMITED and start nothing when one client starts more than the hourly limit', async () => {
    const start = { audience: 'self', topic: 'other' } as const;
    for (let i = 0; i < 2; i++) {
      const v = ctx.bag.add(await visitorSocket(ctx.server));
      expect(await call(v, 'consultation:start', start)).toMatchObject({ ok: true });
    }
    const third = ctx.bag.add(await visitorSocket(ctx.server));
    expect(await call(third, 'consultation:start', start)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(await call(third, 'messages:sync', { afterSeq: 0 })).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } });
  });
});
