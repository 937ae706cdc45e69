import type { Role } from '@hidamari/shared';
import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import type { Services } from '../services.js';
import { staffRepository } from '../staff/staff.repository.js';

const PASSWORD = 'hidamari-demo';
const DEMO_STAFF: { loginId: string; displayName: string; roles: Role[]; teams: string[] }[] = [
  { loginId: 'demo-admin', displayName: '管理者 (Admin)', roles: ['admin'], teams: [] },
  { loginId: 'demo-super', displayName: '佐藤 (Supervisor)', roles: ['supervisor', 'counselor'], teams: ['family'] },
  { loginId: 'demo-haru', displayName: 'はる (Counselor)', roles: ['counselor'], teams: ['youth'] },
  { loginId: 'demo-aki', displayName: 'あき (Counselor)', roles: ['counselor'], teams: ['family', 'employment'] },
];

/** Demo staff and a roster covering the next 7 days, so both sides can be tried at once. Safe to run again. */
export async function seedDemo(services: Pick<Services, 'staff' | 'shifts'>, db: Db, log: Logger): Promise<void> {
  const start = new Date();
  start.setMinutes(0, 0, 0);
  const end = new Date(start.getTime() + 7 * 86_400_000);
  for (const s of DEMO_STAFF) {
    if (await staffRepository.byLoginId(db, s.loginId)) continue;
    const created = await services.staff.create({ ...s, password: PASSWORD });
    if (s.roles.includes('counselor')) {
      await services.shifts.create({ staffId: created.id, startsAt: start.toISOString(), endsAt: end.toISOString(), role: 'counselor' });
    }
  }
  const lines = DEMO_STAFF.map((s) => `  ${s.loginId.padEnd(12)} ${PASSWORD}   ${s.roles.join(', ')}`);
  log.info(`Demo mode. Staff logins at /staff (password for all: ${PASSWORD}):\n${lines.join('\n')}\nVisitors: open / in another window.`);
}
