import { describe, expect, it } from 'vitest';
import { safeErr } from './logger.js';

describe('safeErr', () => {
  it('should drop query parameters when a database query failed', () => {
    const err = Object.assign(new Error('Failed query: insert ...\nparams: 秘密の相談'), {
      query: 'insert ...',
      params: ['秘密の相談'],
      cause: { code: '23505', constraint: 'messages_seq_uq', message: 'duplicate key' },
    });
    const out = JSON.stringify(safeErr(err));
    expect(out).not.toContain('秘密の相談');
    expect(out).toContain('23505');
  });

  it('should keep an ordinary error message when it is not a query error', () => {
    expect(JSON.stringify(safeErr(new Error('boom')))).toContain('boom');
  });
});
