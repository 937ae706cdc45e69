import {
  AppError, ErrorCode, type ConsultationStatus, type Locale, type ReferralCard, type Service, type ServiceInput, type ServicePatch,
} from '@hidamari/shared';
import { staffAccessRefusal } from '../consultation/consultation.rules.js';

/** The most entries one search answers: a counselor narrows by area or words rather than scrolling further. */
export const SEARCH_CAP = 200;

/** The 47 prefectures in their official (JIS) order, north to south: the order a Japanese reader expects a list by area in. */
export const PREFECTURES = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '東京都', '神奈川県',
  '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県', '滋賀県', '京都府', '大阪府', '兵庫県',
  '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県', '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県',
  '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
] as const;

/** The stored shape of a service (the columns), without ids and dates. */
export interface ServiceFields {
  kind: ServiceInput['kind'];
  name: string;
  prefecture: string;
  municipality: string | null;
  phone: string | null;
  url: string | null;
  hours: string | null;
  description: string;
  enName: string | null;
  enDescription: string | null;
  enHours: string | null;
}

/** `q` as a case-insensitive LIKE pattern that matches it literally anywhere: `%`, `_` and `\` lose their meaning. */
export const containsPattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function fieldsOf(input: ServiceInput): ServiceFields {
  return {
    kind: input.kind, name: input.name, prefecture: input.area.prefecture, municipality: input.area.municipality ?? null,
    phone: input.phone ?? null, url: input.url ?? null, hours: input.hours ?? null, description: input.description,
    enName: input.en?.name ?? null, enDescription: input.en?.description ?? null, enHours: input.en?.hours ?? null,
  };
}

/** The columns a PATCH changes: absent fields stay, `null` clears (an `area` replaces both parts, `en` all three). */
export function patchFields(patch: ServicePatch): Partial<ServiceFields> {
  const out: Partial<ServiceFields> = {};
  if (patch.kind !== undefined) out.kind = patch.kind;
  if (patch.name !== undefined) out.name = patch.name;
  if (patch.area !== undefined) {
    out.prefecture = patch.area.prefecture;
    out.municipality = patch.area.municipality ?? null;
  }
  if (patch.phone !== undefined) out.phone = patch.phone;
  if (patch.url !== undefined) out.url = patch.url;
  if (patch.hours !== undefined) out.hours = patch.hours;
  if (patch.description !== undefined) out.description = patch.description;
  if (patch.en !== undefined) {
    out.enName = patch.en?.name ?? null;
    out.enDescription = patch.en?.description ?? null;
    out.enHours = patch.en?.hours ?? null;
  }
  return out;
}

export function toService(r: ServiceFields & { id: string; createdAt: Date; updatedAt: Date }): Service {
  return {
    id: r.id, kind: r.kind, name: r.name,
    area: { prefecture: r.prefecture, ...(r.municipality ? { municipality: r.municipality } : {}) },
    ...(r.phone ? { phone: r.phone } : {}),
    ...(r.url ? { url: r.url } : {}),
    ...(r.hours ? { hours: r.hours } : {}),
    description: r.description,
    ...(r.enName ? { en: { name: r.enName, description: r.enDescription ?? '', ...(r.enHours ? { hours: r.enHours } : {}) } } : {}),
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
  };
}

/** The card as the visitor reads it: the English text when they chat in English and it exists, field by field, else the Japanese. */
export function referralCard(s: Service, locale: Locale): ReferralCard {
  const en = locale === 'en' ? s.en : undefined;
  const hours = en?.hours ?? s.hours;
  return {
    serviceId: s.id, kind: s.kind, name: en?.name ?? s.name, area: s.area,
    ...(s.phone ? { phone: s.phone } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(hours ? { hours } : {}),
    description: en?.description || s.description,
  };
}

const LABELS = {
  ja: { area: '地域', phone: '電話', url: 'ウェブ', hours: '受付' },
  en: { area: 'Area', phone: 'Phone', url: 'Web', hours: 'Hours' },
} as const;

/** The card in plain words, as the message body: what a client that draws no cards shows, and the staff transcript. */
export function cardText(card: ReferralCard, locale: Locale): string {
  const l = LABELS[locale];
  const area = [card.area.prefecture, card.area.municipality].filter(Boolean).join(locale === 'en' ? ', ' : ' ');
  return [
    card.name,
    `${l.area}: ${area}`,
    card.phone && `${l.phone}: ${card.phone}`,
    card.url && `${l.url}: ${card.url}`,
    card.hours && `${l.hours}: ${card.hours}`,
  ].filter(Boolean).join('\n');
}

/** Only the counselor holding an active chat sends a card: the refusals of `message:send`, and a chat waiting in the queue is not theirs. */
export function referralRefusal(c: { status: ConsultationStatus; assignedStaffId: string | null } | null, staffId: string): AppError | null {
  const refusal = staffAccessRefusal(c, staffId, { write: true });
  if (refusal) return refusal;
  return c!.status === 'active' ? null : new AppError(ErrorCode.FORBIDDEN, 'this consultation is not assigned to you');
}
