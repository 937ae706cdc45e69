import { describe, expect, it } from 'vitest';
import { ok } from '../support/clients.js';
import { claimedChat } from '../support/flows.js';
import { serverPerFile } from '../support/suite.js';

describe('messages:sync paging', () => {
  const ctx = serverPerFile();

  it('should answer 1,000 messages with hasMore and the rest on the next call when a transcript is longer', async () => {
    const { visitor, counselor, consultationId } = await claimedChat(ctx.server, ctx.bag);
    for (let batch = 0; batch < 21; batch++) {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) => ok(visitor.socket, 'message:send', { clientMessageId: `m-${batch}-${i}`, body: `${batch}-${i}` })),
      );
    }
    const first = await ok(visitor.socket, 'messages:sync', { afterSeq: 0 });
    expect(first.messages).toHaveLength(1000);
    expect(first.hasMore).toBe(true);
    const rest = await ok(visitor.socket, 'messages:sync', { afterSeq: first.messages.at(-1)!.seq });
    expect(rest.messages.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => 1001 + i));
    expect(rest.hasMore).toBe(false);
    const staffPage = await ok(counselor.socket, 'messages:sync', { consultationId, afterSeq: 1000 });
    expect(staffPage).toMatchObject({ hasMore: false });
    expect(staffPage.messages).toHaveLength(50);
  }, 90_000);
});
