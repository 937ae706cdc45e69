/** The service's HTTP API as the bench needs it: admin login, staff (counselors, supervisors) with a shift covering the run, staff login (cookie). */
import { MAX_SHIFT_HOURS } from '@hidamari/shared';
import { ADMIN } from '../server-process.js';
import { pool } from '../util.js';

export interface Credentials { loginId: string; password: string }

async function http(url: string, method: string, path: string, body?: unknown, cookie?: string): Promise<{ status: number; body: unknown; cookie: string }> {
  const headers: Record<string, string> = { origin: url };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  const res = await fetch(url + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]).filter(Boolean);
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* keep text */
  }
  return { status: res.status, body: parsed, cookie: cookies.join('; ') };
}

/** Logs in; a 429 names the knob the bench needs. */
export async function login(url: string, c: Credentials): Promise<string> {
  const res = await http(url, 'POST', '/api/auth/login', c);
  if (res.status === 429) throw new Error(`login rate limited (429) for ${c.loginId}: start the server with a higher RATE_LIMIT_LOGIN`);
  if (res.status !== 200 || !res.cookie) throw new Error(`login ${c.loginId} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.cookie;
}

/** Creates `n` counselors through the admin API, each on a shift covering now, and returns their credentials. */
export function createCounselors(url: string, n: number, maxConcurrent: number): Promise<Credentials[]> {
  return createStaffOnShift(url, { n, maxConcurrent, prefix: 'bench-c', name: 'ベンチ相談員', role: 'counselor' });
}

/** Creates `n` staff in one role (`prefix1`, `prefix2`, …), each on a shift in that role covering now. */
export async function createStaffOnShift(
  url: string,
  opts: { n: number; maxConcurrent: number; prefix: string; name: string; role: 'counselor' | 'supervisor' },
): Promise<Credentials[]> {
  const admin = await login(url, ADMIN);
  const password = 'bench-counselor-pw-1';
  const ids = Array.from({ length: opts.n }, (_, i) => `${opts.prefix}${i + 1}`);
  return pool(ids, 4, async (loginId, i) => {
    const res = await http(url, 'POST', '/api/staff', {
      loginId, password, displayName: `${opts.name}${i + 1}`, roles: [opts.role], maxConcurrent: opts.maxConcurrent,
    }, admin);
    if (res.status !== 201) throw new Error(`create staff ${loginId}: ${res.status} ${JSON.stringify(res.body)}`);
    // Only the roster lets someone go on duty: a shift from an hour ago for as long as a shift may last covers any run.
    const staffId = (res.body as { staff: { id: string } }).staff.id;
    const startsAt = new Date(Date.now() - 3600_000);
    const endsAt = new Date(startsAt.getTime() + MAX_SHIFT_HOURS * 3600_000);
    const shift = await http(url, 'POST', '/api/shifts', { staffId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), role: opts.role }, admin);
    if (shift.status !== 201) throw new Error(`create shift for ${loginId}: ${shift.status} ${JSON.stringify(shift.body)}`);
    return { loginId, password };
  });
}

/** The logged-in staff member's id (`GET /api/me`), e.g. to name them as a hand-off's target. */
export async function staffIdOf(url: string, cookie: string): Promise<string> {
  const res = await http(url, 'GET', '/api/me', undefined, cookie);
  if (res.status !== 200) throw new Error(`GET /api/me: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { staff: { id: string } }).staff.id;
}
