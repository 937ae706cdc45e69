/**
 * How the synthetic history is shaped (pure, seeded): arrivals peaking late in the evening, a roster 10:00–22:00 JST
 * (with a late shift on Friday and Saturday to midnight), waits that grow with the evening rush, visitors who give up,
 * escalations, risk, and a quarter of visitors answering the survey.
 */

/** mulberry32: a small, fast, seeded PRNG (the same seed gives the same history). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Relative arrivals by local hour 0–23: quiet mornings, rising through the evening, the peak at 21–23 h. */
export const HOUR_WEIGHTS = [6, 4, 3, 2, 1, 1, 1, 2, 2, 3, 4, 4, 4, 4, 4, 5, 5, 5, 6, 7, 9, 11, 12, 10];
/** Relative arrivals by ISO weekday 1–7 (Sunday evening and Monday are busiest). */
export const WEEKDAY_WEIGHTS = [1.2, 1, 1, 1, 0.9, 0.9, 1.15];

export const TOPIC_WEIGHTS = {
  self: { 'daily-life': 30, 'work-school': 25, family: 10, 'mind-health': 25, other: 10 },
  family: { 'daily-life': 20, 'work-school': 15, family: 40, 'mind-health': 15, other: 10 },
} as const;

export function pick<T extends string | number>(rand: () => number, weights: Readonly<Record<T, number>> | readonly number[]): T {
  const entries = Object.entries(weights) as [string, number][];
  const total = entries.reduce((a, [, w]) => a + w, 0);
  let x = rand() * total;
  for (const [k, w] of entries) {
    x -= w;
    if (x < 0) return (Array.isArray(weights) ? Number(k) : k) as T;
  }
  return (Array.isArray(weights) ? entries.length - 1 : entries[entries.length - 1]![0]) as T;
}

/** Local hours the roster covers on an ISO weekday: 10–22 h, to midnight on Friday and Saturday. */
export const openUntil = (weekday: number): number => (weekday === 5 || weekday === 6 ? 24 : 22);
export const OPENS_AT = 10;
export const isOpenHour = (weekday: number, hour: number): boolean => hour >= OPENS_AT && hour < openUntil(weekday);

/** An exponential draw with this mean. */
export const exp = (rand: () => number, mean: number): number => -Math.log(1 - rand()) * mean;

export interface Visit {
  waitS: number | null;
  leftAfterS: number | null;
  handleS: number | null;
}

/**
 * One visit during open hours: the wait grows with the evening rush; a visitor whose patience runs out first leaves.
 * Off-hours, the message is read at the next opening (`secondsToOpening`), or never (the visitor gave up, 15 %).
 */
export function visitOf(rand: () => number, hour: number, offHours: boolean, secondsToOpening: number): Visit {
  const handleS = Math.round(600 + exp(rand, 1500));
  if (offHours) {
    if (rand() < 0.15) return { waitS: null, leftAfterS: Math.round(60 + exp(rand, 600)), handleS: null };
    return { waitS: Math.round(secondsToOpening + exp(rand, 1800)), leftAfterS: null, handleS };
  }
  const rush = hour >= 20 ? 4 : hour >= 18 ? 2 : 1;
  const waitS = Math.round(exp(rand, 90 * rush));
  const patience = exp(rand, 1200);
  if (patience < waitS) return { waitS: null, leftAfterS: Math.round(patience), handleS: null };
  return { waitS, leftAfterS: null, handleS };
}

export const COMMENTS = [
  '話を聞いてもらえて、少し気持ちが楽になりました。',
  '夜でもつながれるのがありがたいです。',
  '待ち時間が長くて不安になりました。',
  '名前を言わなくていいので安心できました。',
  '家族のことを初めて人に話せました。',
  'また相談したいと思います。',
  'もう少しゆっくり話したかったです。',
  'Thank you for listening.',
];

/**
 * Issue 12: a family member's optional intake answers (null when skipped) and the referral cards counselors send.
 * Drawn from a PRNG of their own, so the rest of the history stays what it was for a seed.
 */
export const FAMILY_WEIGHTS = {
  relationship: { parent: 70, sibling: 12, partner: 10, other: 8 },
  ageBand: { under15: 3, '15-19': 12, '20-29': 30, '30-39': 25, '40-49': 17, '50-64': 10, '65plus': 3 },
  duration: { under6m: 10, '6m-1y': 12, '1-3y': 25, '3-5y': 18, '5-10y': 15, over10y: 12, unknown: 8 },
} as const;
const HOPE_CHANCE = { talk: 0.6, support: 0.5, exhaustion: 0.35 } as const;

export interface SyntheticFamily {
  relationship: string | null;
  ageBand: string | null;
  duration: string | null;
  hopes: string[] | null;
}

export function familyIntakeOf(rand: () => number): SyntheticFamily {
  const answer = <T extends string>(chance: number, weights: Readonly<Record<T, number>>): T | null => (rand() < chance ? pick<T>(rand, weights) : null);
  const relationship = answer(0.9, FAMILY_WEIGHTS.relationship);
  const ageBand = answer(0.8, FAMILY_WEIGHTS.ageBand);
  const duration = answer(0.7, FAMILY_WEIGHTS.duration);
  const hopes = rand() < 0.75 ? Object.entries(HOPE_CHANCE).filter(([, p]) => rand() < p).map(([h]) => h) : [];
  return { relationship, ageBand, duration, hopes: hopes.length > 0 ? hopes : null };
}

/** Areas of the synthetic directory, weighted; a few services give no municipality. */
export const REFERRAL_AREAS: readonly { prefecture: string; municipality: string | null; weight: number }[] = [
  { prefecture: '東京都', municipality: '新宿区', weight: 14 }, { prefecture: '東京都', municipality: '世田谷区', weight: 9 },
  { prefecture: '東京都', municipality: '八王子市', weight: 5 }, { prefecture: '東京都', municipality: null, weight: 3 },
  { prefecture: '神奈川県', municipality: '横浜市', weight: 10 }, { prefecture: '神奈川県', municipality: '川崎市', weight: 5 },
  { prefecture: '大阪府', municipality: '大阪市', weight: 9 }, { prefecture: '大阪府', municipality: '堺市', weight: 3 },
  { prefecture: '愛知県', municipality: '名古屋市', weight: 6 }, { prefecture: '福岡県', municipality: '福岡市', weight: 5 },
  { prefecture: '北海道', municipality: '札幌市', weight: 4 }, { prefecture: '沖縄県', municipality: '那覇市', weight: 1 },
];
export const REFERRAL_KIND_WEIGHTS = {
  self: { hikikomori_center: 25, youth_support_station: 22, mental_health_center: 12, ibasho: 20, family_class: 3, medical: 10, other: 8 },
  family: { hikikomori_center: 30, youth_support_station: 8, mental_health_center: 12, ibasho: 10, family_class: 28, medical: 7, other: 5 },
} as const;

/** The referral cards sent in one taken consultation: none mostly, sometimes one, now and then two. */
export function referralsOf(rand: () => number, audience: 'self' | 'family'): { kind: string; prefecture: string; municipality: string | null }[] {
  const n = rand() < 0.1 ? (rand() < 0.2 ? 2 : 1) : 0;
  return Array.from({ length: n }, () => {
    const area = REFERRAL_AREAS[pick<number>(rand, REFERRAL_AREAS.map((a) => a.weight))]!;
    return { kind: pick(rand, REFERRAL_KIND_WEIGHTS[audience]), prefecture: area.prefecture, municipality: area.municipality };
  });
}
