import type { ConsultationView, WireMessage } from '@hidamari/shared';
import { describe, expect, it } from 'vitest';
import { handoverNote } from './handover-note';

const msg = (seq: number, sender: WireMessage['sender'], visibility: WireMessage['visibility'], createdAt: string): WireMessage => ({
  id: `m${seq}`, consultationId: 'c', seq, sender, body: `b${seq}`, visibility, createdAt, kind: 'text',
});
const consultation = { id: 'c', claimedAt: '2025-03-01T10:00:00.000Z' } as ConsultationView;

describe('handoverNote', () => {
  it('should pin the newest staff-only system note written before the claim when a chat was handed over', () => {
    const messages = [
      msg(1, 'visitor', 'all', '2025-03-01T09:00:00.000Z'),
      msg(2, 'system', 'staff', '2025-03-01T09:10:00.000Z'),
      msg(3, 'system', 'all', '2025-03-01T09:30:00.000Z'),
      msg(4, 'system', 'staff', '2025-03-01T09:30:00.000Z'),
      msg(5, 'system', 'staff', '2025-03-01T10:05:00.000Z'),
    ];
    expect(handoverNote({ consultation, messages })?.id).toBe('m4');
  });

  it('should pin nothing when the chat came straight from the queue', () => {
    expect(handoverNote({ consultation, messages: [msg(1, 'visitor', 'all', '2025-03-01T09:00:00.000Z')] })).toBeUndefined();
  });
});
