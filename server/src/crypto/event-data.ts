import { isSealed, open, seal } from './index.js';

/**
 * Free text inside `consultation_events.data` (and the risk matcher's matched phrases, which tell what a visitor
 * wrote): these keys are sealed on write and opened on read; everything else there (ids, levels, enum reasons)
 * stays plain so SQL can still filter on it.
 */
const SEALED_KEYS: Readonly<Record<string, readonly string[]>> = {
  '*': ['note', 'comment'],
  risk_changed: ['reason'],
  risk_flagged: ['matched'],
};

const keysFor = (type: string) => [...SEALED_KEYS['*']!, ...(SEALED_KEYS[type] ?? [])];

export function sealEventData<T extends object>(type: string, data: T): T {
  const out: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const k of keysFor(type)) {
    const v = out[k];
    if (v === undefined || v === null) continue;
    // A tag says how to read it back: text as it was, anything else (the matched phrases' array) as JSON.
    out[k] = seal(typeof v === 'string' ? `t:${v}` : `j:${JSON.stringify(v)}`);
  }
  return out as T;
}

export function openEventData(type: string, data: unknown): unknown {
  if (!data || typeof data !== 'object') return data;
  const out: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const k of keysFor(type)) {
    const v = out[k];
    if (typeof v !== 'string') continue;
    out[k] = openEventField(v);
  }
  return out;
}

/** One sealed field of event data, e.g. read in SQL with `data->>'note'`. */
export function openEventField(v: string): unknown {
  if (!isSealed(v)) return v; // written before encryption existed
  const plain = open(v);
  return plain.startsWith('j:') ? JSON.parse(plain.slice(2)) : plain.slice(2);
}
