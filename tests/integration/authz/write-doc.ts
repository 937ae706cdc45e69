/** `npm run docs:security`: rewrites the authorisation table in docs/security.md from the matrix the test proves. */
import { readFileSync, writeFileSync } from 'node:fs';
import { DOC_PATH, withMatrix } from './doc.js';

const before = readFileSync(DOC_PATH, 'utf8');
const after = withMatrix(before);
if (after === before) {
  console.log(`${DOC_PATH}: the authorisation table is up to date`);
} else {
  writeFileSync(DOC_PATH, after);
  console.log(`${DOC_PATH}: the authorisation table was rewritten`);
}
