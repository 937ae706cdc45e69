/** Shared checks for the report tests: the CSV the server writes and who may read a report. */
import { expect } from 'vitest';
import { adminSession, createStaff } from './clients.js';
import type { TestServer } from './test-server.js';

/** RFC 4180, as the server writes it (BOM, CRLF, quoted fields). */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r' && src[i + 1] === '\n') { row.push(field); out.push(row); row = []; field = ''; i++; } else field += ch;
  }
  return out;
}

/** Each report path (e.g. 'family', 'family.csv') refuses counselors (403) and strangers (401) and answers supervisors and admins. */
export async function expectSupervisorsOnly(server: TestServer, names: readonly string[], range: string): Promise<void> {
  const counselor = await createStaff(server);
  const supervisor = await createStaff(server, { roles: ['supervisor'] });
  const admin = await adminSession(server);
  const status = async (path: string, cookie?: string) =>
    (await fetch(`${server.url}/api/reports/${path}?${range}`, { headers: cookie ? { cookie } : {} })).status;
  for (const name of names) {
    expect(await status(name, counselor.cookie)).toBe(403);
    expect(await status(name)).toBe(401);
    expect(await status(name, supervisor.cookie)).toBe(200);
    expect(await status(name, admin)).toBe(200);
  }
}
