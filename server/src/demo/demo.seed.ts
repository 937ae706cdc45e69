import type { Role, Settings } from '@hidamari/shared';
import type { Logger } from 'pino';
import type { Db } from '../db/client.js';
import type { Services } from '../services.js';
import { staffRepository } from '../staff/staff.repository.js';
import { seedDirectoryDemo } from './demo-directory.seed.js';

const PASSWORD = 'hidamari-demo';
const DEMO_STAFF: { loginId: string; displayName: string; roles: Role[]; teams: string[] }[] = [
  { loginId: 'demo-admin', displayName: '管理者 (Admin)', roles: ['admin'], teams: [] },
  // A display name is what the visitor reads ("相談員 はる"): a name only, the role is said by the page in their language.
  { loginId: 'demo-super', displayName: '佐藤', roles: ['supervisor', 'counselor'], teams: ['family'] },
  { loginId: 'demo-haru', displayName: 'はる', roles: ['counselor'], teams: ['youth'] },
  { loginId: 'demo-aki', displayName: 'あき', roles: ['counselor'], teams: ['family', 'employment'] },
];

/** An example a center would replace with its own: its name, its words, and the lines it trusts (numbers as published). */
export const DEMO_SETTINGS: Partial<Settings> = {
  serviceName: { ja: 'ひだまり（デモ）', en: 'Hidamari (demo)' },
  welcomeText: {
    ja: 'ひだまり相談室です。ご本人からも、ご家族からも、名前を言わずにご相談いただけます。ゆっくりで大丈夫です。',
    en: 'Welcome to Hidamari. You, or someone in your family, can talk with us without giving a name. Take your time.',
  },
  offHoursText: {
    ja: 'メッセージを残していただければ、次の受付時間に相談員がお返事します。急ぐときは、下の相談先にお電話ください。',
    en: 'Leave a message and a counselor will reply in the next opening hours. If it can’t wait, please call one of the lines below.',
  },
  emergencyProcedure: {
    ja: '命の危険があるときは、相談者に 119（救急）または 110（警察）への連絡をすすめ、すぐにスーパーバイザーへエスカレーションしてください。',
    en: 'When a life is in danger, urge the person to call 119 (ambulance) or 110 (police) and escalate to a supervisor at once.',
  },
  hotlines: [
    { name: 'いのちの電話', phone: '0570-783-556', hours: '毎日 10:00〜22:00', url: 'https://www.inochinodenwa.org/', locale: 'ja' },
    { name: 'よりそいホットライン', phone: '0120-279-338', hours: '24時間', url: 'https://www.since2011.net/yorisoi/', locale: 'ja' },
    { name: 'こころの健康相談統一ダイヤル', phone: '0570-064-556', locale: 'ja' },
    { name: '救急', phone: '119', hours: '24時間', locale: 'ja' },
    { name: '警察', phone: '110', hours: '24時間', locale: 'ja' },
    { name: 'Inochi no Denwa (Japanese lifeline)', phone: '0570-783-556', hours: 'Daily, 10 a.m.–10 p.m.', url: 'https://www.inochinodenwa.org/', locale: 'en' },
    { name: 'Yorisoi Hotline', phone: '0120-279-338', hours: '24 hours', url: 'https://www.since2011.net/yorisoi/', locale: 'en' },
    { name: 'Mental health line (Japanese)', phone: '0570-064-556', locale: 'en' },
    { name: 'Ambulance', phone: '119', hours: '24 hours', locale: 'en' },
    { name: 'Police', phone: '110', hours: '24 hours', locale: 'en' },
  ],
};

const DEMO_SHIFT_MS = 12 * 3_600_000;
const DEMO_SHIFTS = 14; // 7 days

/** Demo staff, settings and a roster covering the next 7 days, so both sides can be tried at once. Safe to run again. */
export async function seedDemo(services: Pick<Services, 'staff' | 'shifts' | 'settings' | 'directory' | 'offers'>, db: Db, log: Logger): Promise<void> {
  // Only keys nobody has set: a demo that an admin has already adjusted keeps the adjustments.
  await services.settings.seedMissing(DEMO_SETTINGS);
  const start = new Date();
  start.setMinutes(0, 0, 0);
  for (const s of DEMO_STAFF) {
    if (await staffRepository.byLoginId(db, s.loginId)) continue;
    const created = await services.staff.create({ ...s, password: PASSWORD });
    const role = s.roles.includes('counselor') ? 'counselor' : s.roles.includes('supervisor') ? 'supervisor' : null;
    if (!role) continue;
    // Back-to-back 12-hour shifts (a shift lasts at most 16 hours; touching shifts do not overlap).
    for (let k = 0; k < DEMO_SHIFTS; k++) {
      const from = new Date(start.getTime() + k * DEMO_SHIFT_MS);
      const to = new Date(from.getTime() + DEMO_SHIFT_MS);
      await services.shifts.create({ staffId: created.id, startsAt: from.toISOString(), endsAt: to.toISOString(), role });
    }
  }
  // Issue 12: a directory to send referral cards from, and offers for the public page.
  await seedDirectoryDemo(services, new Date());
  const lines = DEMO_STAFF.map((s) => `  ${s.loginId.padEnd(12)} ${PASSWORD}   ${s.roles.join(', ')}`);
  log.info(`Demo mode. Staff logins at /staff (password for all: ${PASSWORD}):\n${lines.join('\n')}\nVisitors: open / in another window.`);
}
