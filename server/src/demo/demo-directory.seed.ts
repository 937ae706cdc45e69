import { TZDate } from '@date-fns/tz';
import type { OfferInput, ServiceInput } from '@hidamari/shared';
import type { Services } from '../services.js';

/** Fictional places with reserved-looking numbers (03-0000-…) and example.jp addresses: a center replaces them with its own. */
export const DEMO_SERVICES: ServiceInput[] = [
  {
    kind: 'hikikomori_center', name: '架空区ひきこもり地域支援センター', area: { prefecture: '東京都', municipality: '架空区' },
    phone: '03-0000-0000', url: 'https://example.jp/kaku-hikikomori', hours: '平日 9:00〜17:00',
    description: 'ご本人・ご家族からの電話や来所での相談、訪問支援を行っています。相談は無料で、秘密は守られます。',
    en: { name: 'Kaku Ward Hikikomori Regional Support Center', description: 'Free, confidential advice by phone or in person, and home visits, for the person and their family.', hours: 'Weekdays 9:00–17:00' },
  },
  {
    kind: 'youth_support_station', name: 'あおぞら地域若者サポートステーション', area: { prefecture: '東京都', municipality: '架空市' },
    phone: '042-000-0000', url: 'https://example.jp/aozora-saposute', hours: '火〜土 10:00〜18:00',
    description: '働くことに踏み出したい15〜49歳の方のための相談、職場体験、コミュニケーション講座があります。',
    en: { name: 'Aozora Youth Support Station', description: 'Advice, work experience and communication classes for people aged 15–49 thinking about work.', hours: 'Tue–Sat 10:00–18:00' },
  },
  {
    kind: 'mental_health_center', name: '架空県精神保健福祉センター', area: { prefecture: '神奈川県', municipality: '架空市' },
    phone: '045-000-0000', url: 'https://example.jp/kaku-seishin', hours: '平日 8:30〜17:15',
    description: 'こころの健康についての専門相談窓口です。医師や保健師に相談できます。',
    en: { name: 'Kaku Prefecture Mental Health and Welfare Center', description: 'Specialist advice on mental health from doctors and public health nurses.', hours: 'Weekdays 8:30–17:15' },
  },
  {
    kind: 'ibasho', name: '居場所「ひなたぼっこ」', area: { prefecture: '東京都', municipality: '架空区' },
    url: 'https://example.jp/hinatabokko', hours: '毎週水・土 13:00〜17:00',
    description: '予約なしで立ち寄れるフリースペースです。話さなくても、本を読んだりお茶を飲んだりして過ごせます。',
    en: { name: 'Hinatabokko drop-in space', description: 'A free space to drop in without booking. No need to talk: read, have tea, just be there.', hours: 'Wed and Sat 13:00–17:00' },
  },
  {
    kind: 'family_class', name: '家族のつどい「こもれび」', area: { prefecture: '埼玉県', municipality: '架空市' },
    phone: '048-000-0000', hours: '毎月第2日曜 14:00〜16:00',
    description: 'ひきこもりの状態にある方のご家族が、経験を分かち合い、関わり方を学ぶ会です。',
    en: { name: 'Komorebi family circle', description: 'Families of withdrawn people share experiences and learn ways to reconnect.', hours: '2nd Sunday of the month, 14:00–16:00' },
  },
  {
    kind: 'medical', name: 'こころのクリニック かそう', area: { prefecture: '東京都', municipality: '架空区' },
    phone: '03-0000-0001', url: 'https://example.jp/kokoro-clinic', hours: '月〜金 9:30〜18:00（予約制）',
    description: '思春期・青年期の外来があります。初診は予約が必要です。',
    en: { name: 'Kokoro Clinic Kasō', description: 'Outpatient care for adolescents and young adults. First visits by appointment.' },
  },
  {
    kind: 'hikikomori_center', name: '架空市ひきこもり地域支援センター', area: { prefecture: '大阪府', municipality: '架空市' },
    phone: '06-0000-0000', hours: '平日 10:00〜17:00',
    description: '電話・メール・来所での相談と、ご家族向けの学習会を行っています。',
    en: { name: 'Kaku City Hikikomori Regional Support Center', description: 'Advice by phone, e-mail or in person, and study sessions for families.' },
  },
];

/** `days` from today at `hour:minute` in the service zone. */
function inZone(now: Date, timeZone: string, days: number, hour: number, minute = 0): string {
  const today = new TZDate(now.getTime(), timeZone);
  return new Date(new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + days, hour, minute, timeZone).getTime()).toISOString();
}

/** Offers a few days to a few weeks ahead of `now`, so the demo's public page is never empty. */
export function demoOffers(now: Date, timeZone: string): OfferInput[] {
  const at = (days: number, hour: number, minute = 0) => inZone(now, timeZone, days, hour, minute);
  return [
    {
      title: '居場所の日（ひだまりサロン）', startsAt: at(2, 13), endsAt: at(2, 16), place: 'ひだまり相談室 多目的室（架空区中央1-2-3）', audience: 'all',
      description: '出入り自由です。ボードゲームやお茶を用意しています。途中で帰っても大丈夫です。',
      en: { title: 'Ibasho day (Hidamari salon)', description: 'Come and go as you like. Board games and tea. Leaving early is fine.' },
    },
    {
      title: '家族教室「はじめの一歩」', startsAt: at(5, 14), endsAt: at(5, 16), place: 'オンライン（Zoom）', audience: 'family',
      description: 'ご家族向けの教室です。本人との会話のヒントを一緒に考えます。カメラはオフで参加できます。',
      en: { title: 'Family class: first steps', description: 'For family members: ideas for talking with them, worked out together. Cameras may stay off.' },
    },
    {
      title: 'オンライン交流会（チャットのみ）', startsAt: at(9, 19), endsAt: at(9, 20, 30), place: 'オンライン（チャット）', audience: 'self',
      description: '声も顔も出さずに、チャットだけで参加できる交流会です。',
      en: { title: 'Online meet-up (chat only)', description: 'A meet-up by chat alone: no voice, no camera.' },
    },
    {
      title: 'ひきこもり理解セミナー', startsAt: at(16, 10), endsAt: at(16, 12), place: '架空区民会館 第1会議室', audience: 'all',
      description: '支援の現場から、回復の道のりについてお話しします。どなたでも参加できます。',
      en: { title: 'Understanding hikikomori: a seminar', description: 'Practitioners talk about the road to recovery. Open to everyone.' },
    },
  ];
}

/** The directory once (only while it is empty) and offers whenever none is ahead (a demo restarted weeks later). By the system: no staff id. */
export async function seedDirectoryDemo(services: Pick<Services, 'directory' | 'offers'>, now: Date): Promise<void> {
  if ((await services.directory.search({})).length === 0) {
    for (const s of DEMO_SERVICES) await services.directory.create(null, s);
  }
  const ahead = await services.offers.upcoming('ja');
  if (ahead.offers.length === 0) {
    for (const o of demoOffers(now, ahead.timezone)) await services.offers.create(null, o);
  }
}
