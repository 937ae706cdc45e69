import type { WireMessage } from '@hidamari/shared';
import type { ChatState } from '../workspace.reducer';

/**
 * The note a chat came with when this counselor took it: the newest staff-only system line written before the claim
 * (a hand-over note, or why the chat went back to the queue). Pinned above the transcript so it is read first.
 */
export function handoverNote(chat: Pick<ChatState, 'consultation' | 'messages'>): WireMessage | undefined {
  const claimedAt = chat.consultation.claimedAt;
  if (!claimedAt) return undefined;
  return chat.messages.findLast((m) => m.sender === 'system' && m.visibility === 'staff' && m.createdAt <= claimedAt);
}
