export interface TitleParts {
  appName: string;
  queued: number;
  unread: number;
  /** Label after the waiting count, e.g. 「待機中」. */
  queuedLabel: string;
  /** Label after the unread count, e.g. 「未読」. */
  unreadLabel: string;
}

/** "(2) 待機中 · (3) 未読 — ひだまり": counts first, so they survive a narrow browser tab. */
export function composeTitle(p: TitleParts): string {
  const parts: string[] = [];
  if (p.queued > 0) parts.push(`(${p.queued}) ${p.queuedLabel}`);
  if (p.unread > 0) parts.push(`(${p.unread}) ${p.unreadLabel}`);
  return parts.length === 0 ? p.appName : `${parts.join(' · ')} — ${p.appName}`;
}
