import type { AuditEntry } from '@hidamari/shared';

/** What the details column needs to turn stored values into words: labels, names and times. */
export interface DetailWords {
  field(key: string): string;
  role(role: string): string;
  staffName(id: string): string | undefined;
  time(iso: string): string;
  yes: string;
  no: string;
  none: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function value(key: string, v: unknown, w: DetailWords): string {
  if (v === null || v === undefined) return w.none;
  if (typeof v === 'boolean') return v ? w.yes : w.no;
  if (Array.isArray(v)) return v.length === 0 ? w.none : v.map((x) => value(key, x, w)).join(key === 'roles' ? '・' : ', ');
  if (typeof v === 'string') {
    if (key === 'role' || key === 'roles') return w.role(v);
    if (UUID.test(v)) return w.staffName(v) ?? v.slice(0, 8);
    if (ISO_INSTANT.test(v)) return w.time(v);
    return v;
  }
  if (typeof v === 'object') return lines(v as Record<string, unknown>, w).join('; ');
  return String(v);
}

/** Stored data comes back in the database's key order (jsonb sorts by length); people read it in this order. */
const KEY_ORDER = ['displayName', 'loginId', 'staffId', 'roles', 'role', 'startsAt', 'endsAt', 'teams', 'maxConcurrent', 'active'];
const rank = (key: string) => (KEY_ORDER.includes(key) ? KEY_ORDER.indexOf(key) : KEY_ORDER.length);

function lines(data: Record<string, unknown>, w: DetailWords): string[] {
  return Object.entries(data).sort(([a], [b]) => rank(a) - rank(b)).map(([key, v]) => {
    // `{from, to}` (a changed field) and `{before, after}` (a changed shift) both read as "field: old → new".
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if ('from' in o && 'to' in o) return `${w.field(key)}: ${value(key, o.from, w)} → ${value(key, o.to, w)}`;
    }
    return `${w.field(key)}: ${value(key, v, w)}`;
  });
}

/** Readable lines for an entry's `data` (which never holds conversation content or secrets). */
export function describeDetails(entry: Pick<AuditEntry, 'action' | 'data'>, w: DetailWords): string[] {
  const { changes, before, after, ...rest } = entry.data as { changes?: unknown; before?: unknown; after?: unknown } & Record<string, unknown>;
  const out: string[] = [];
  if (changes && typeof changes === 'object') out.push(...lines(changes as Record<string, unknown>, w));
  if (before && after && typeof before === 'object' && typeof after === 'object') {
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    for (const key of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort((x, y) => rank(x) - rank(y))) {
      if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) out.push(`${w.field(key)}: ${value(key, b[key], w)} → ${value(key, a[key], w)}`);
    }
  }
  out.push(...lines(rest, w));
  return out;
}
