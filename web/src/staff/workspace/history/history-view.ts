import type { Ack, HistoryConsultation, WireMessage } from '@hidamari/shared';

/** The panel lists the latest first: the one a counselor most likely needs (the ack comes oldest first). */
export function newestFirst(list: readonly HistoryConsultation[]): HistoryConsultation[] {
  return list.map((c, i) => ({ c, i })).sort((a, b) => b.c.createdAt.localeCompare(a.c.createdAt) || b.i - a.i).map(({ c }) => c);
}

export type TranscriptPage = Ack<{ messages: WireMessage[]; hasMore: boolean }>;

/**
 * A whole transcript through `messages:sync` pages: asks again from the last seq while the server says there is more.
 * Fails as a whole on any refused page (the caller shows the error, not half a record).
 */
export async function loadTranscript(page: (afterSeq: number) => Promise<TranscriptPage>): Promise<WireMessage[]> {
  const all: WireMessage[] = [];
  for (let after = 0; ; ) {
    const ack = await page(after);
    if (!ack.ok) throw ack.error;
    all.push(...ack.messages);
    const last = ack.messages.at(-1);
    if (!ack.hasMore || !last) return all;
    after = last.seq;
  }
}
