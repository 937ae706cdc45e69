import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_PATH, END, renderMatrix, START } from './doc.js';

describe('the authorisation table in docs/security.md', () => {
  it('should be exactly what the matrix renders when the doc is current (run `npm run docs:security` when this fails)', () => {
    const doc = readFileSync(DOC_PATH, 'utf8');
    const from = doc.indexOf(START);
    const to = doc.indexOf(END);
    expect(from, 'the start marker').toBeGreaterThanOrEqual(0);
    expect(to, 'the end marker').toBeGreaterThan(from);
    expect(doc.slice(from, to + END.length)).toBe(renderMatrix());
  });
});
