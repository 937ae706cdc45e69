import { LIMITS } from '@hidamari/shared';

export type TagsResult = { ok: true; tags: string[] } | { ok: false; error: 'too-many' | 'too-long' };

/** Free tags typed as 「家族, 就労」 or "family、work": split on commas (also Japanese ones), trimmed, deduplicated. */
export function parseTags(input: string): TagsResult {
  const seen = new Set<string>();
  for (const raw of input.split(/[,、，\n]/)) {
    const tag = raw.trim();
    if (tag) seen.add(tag);
  }
  const tags = [...seen];
  if (tags.length > LIMITS.tags) return { ok: false, error: 'too-many' };
  if (tags.some((t) => t.length > LIMITS.tag)) return { ok: false, error: 'too-long' };
  return { ok: true, tags };
}

/** Teams are lowercase slugs; typed the same way as tags. */
export function parseTeams(input: string): string[] {
  return [...new Set(input.split(/[,、，\s]/).map((t) => t.trim().toLowerCase()).filter(Boolean))];
}
