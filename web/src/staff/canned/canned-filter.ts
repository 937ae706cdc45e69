import type { CannedReply, Locale } from '@hidamari/shared';

/** The text to insert for a visitor who reads `locale`: their language, else the other one. */
export function cannedText(reply: Pick<CannedReply, 'body'>, locale: Locale): string {
  const other = locale === 'ja' ? 'en' : 'ja';
  return reply.body[locale] || reply.body[other];
}

/**
 * Replies matching what was typed after `/`: shortcut prefix first, then title or text containing it
 * (case and width folded, so "ａｂ" finds "ab"). Empty query: everything, in list order.
 */
export function filterCanned<T extends Pick<CannedReply, 'shortcut' | 'title' | 'body'>>(replies: readonly T[], query: string): T[] {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase();
  const q = fold(query.trim());
  if (!q) return [...replies];
  const byKey = replies.filter((r) => fold(r.shortcut).startsWith(q));
  const byText = replies.filter((r) => !byKey.includes(r) && [r.title, r.body.ja, r.body.en].some((s) => fold(s).includes(q)));
  return [...byKey, ...byText];
}
