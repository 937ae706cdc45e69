/** The service form's fields to and from the wire, and where a refused field shows its message. */
import type { Service, ServiceInput, ServiceKind, ServicePatch, ServiceQuery } from '@hidamari/shared';

/** Every field a string as the inputs hold it; blank optional ones are left out (create) or cleared (edit). */
export interface ServiceDraft {
  kind: ServiceKind | '';
  name: string;
  prefecture: string;
  municipality: string;
  phone: string;
  url: string;
  hours: string;
  description: string;
  enName: string;
  enDescription: string;
  enHours: string;
}

export const EMPTY_SERVICE: ServiceDraft = {
  kind: '', name: '', prefecture: '', municipality: '', phone: '', url: '', hours: '', description: '', enName: '', enDescription: '', enHours: '',
};

export function serviceToDraft(s: Service): ServiceDraft {
  return {
    kind: s.kind, name: s.name, prefecture: s.area.prefecture, municipality: s.area.municipality ?? '', phone: s.phone ?? '',
    url: s.url ?? '', hours: s.hours ?? '', description: s.description,
    enName: s.en?.name ?? '', enDescription: s.en?.description ?? '', enHours: s.en?.hours ?? '',
  };
}

const filled = (v: string) => v.trim() !== '';
/** Whether the English section holds anything (it opens by itself when it does). */
export const hasEnglish = (d: ServiceDraft): boolean => [d.enName, d.enDescription, d.enHours].some(filled);

function english(d: ServiceDraft): ServiceInput['en'] {
  if (!hasEnglish(d)) return undefined;
  return { name: d.enName, description: d.enDescription, ...(filled(d.enHours) ? { hours: d.enHours } : {}) };
}

/** The POST body. The kind goes as chosen (an empty choice is refused by the server, beside the select). */
export function draftToInput(d: ServiceDraft): ServiceInput {
  const en = english(d);
  return {
    kind: d.kind as ServiceKind,
    name: d.name,
    area: { prefecture: d.prefecture, ...(filled(d.municipality) ? { municipality: d.municipality } : {}) },
    ...(filled(d.phone) ? { phone: d.phone } : {}),
    ...(filled(d.url) ? { url: d.url } : {}),
    ...(filled(d.hours) ? { hours: d.hours } : {}),
    description: d.description,
    ...(en ? { en } : {}),
  };
}

/** The PATCH body: every field, with `null` for an optional one that was emptied, so clearing a phone clears it. */
export function draftToPatch(d: ServiceDraft): ServicePatch {
  const input = draftToInput(d);
  return { ...input, phone: input.phone ?? null, url: input.url ?? null, hours: input.hours ?? null, en: input.en ?? null };
}

/** `GET /api/services` query string for the filters (empty ones left out). */
export function serviceQueryString(q: ServiceQuery): string {
  const p = new URLSearchParams();
  if (q.q?.trim()) p.set('q', q.q.trim());
  if (q.kind) p.set('kind', q.kind);
  if (q.prefecture) p.set('prefecture', q.prefecture);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The DOM id of the input for a server `field` path (`area.prefecture` → `dir-area-prefecture`). */
export const serviceFieldId = (path: string): string => `dir-${path.replace(/\./g, '-')}`;

const KNOWN = ['kind', 'name', 'area.prefecture', 'area.municipality', 'phone', 'url', 'hours', 'description', 'en.name', 'en.description', 'en.hours'];

/** The form's own field for a server path: `area` alone means the prefecture; unknown paths have no input. */
export function serviceField(path: string): string | null {
  const p = path === 'area' ? 'area.prefecture' : path === 'en' ? 'en.name' : path;
  return KNOWN.includes(p) ? p : null;
}

/** Whether the server refused something in the English section (it opens so the message can be seen). */
export const isEnglishField = (path: string | null | undefined): boolean => !!path && path.startsWith('en.');

/** A field's label without its "optional" mark, for naming it in a message (`受付時間（英語・任意）` → `受付時間（英語）`). */
export function bareLabel(label: string): string {
  return label.replace(/（任意）|\s\(optional\)/, '').replace('・任意', '').replace(', optional', '');
}
