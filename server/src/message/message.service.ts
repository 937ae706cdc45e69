import { AppError, ErrorCode, type Visibility, type WireMessage } from '@hidamari/shared';
import type { Logger } from 'pino';
import { staffAccessRefusal, visitorWriteRefusal } from '../consultation/consultation.rules.js';
import { consultationRepository } from '../consultation/consultation.repository.js';
import { staffRepository } from '../staff/staff.repository.js';
import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import { createAppendBatcher } from './append-batcher.js';
import { toWireMessage } from './message.mapper.js';
import { messageRepository, SYNC_PAGE, type AppendInput, type MessageRow } from './message.repository.js';

export interface SyncPage {
  messages: WireMessage[];
  hasMore: boolean;
}

function page(rows: MessageRow[]): SyncPage {
  return { messages: rows.slice(0, SYNC_PAGE).map(toWireMessage), hasMore: rows.length > SYNC_PAGE };
}

export interface StaffActor {
  id: string;
  displayName: string;
}

export type MessageService = ReturnType<typeof createMessageService>;

export function createMessageService(deps: {
  db: Db;
  events: Pick<DomainEvents, 'publish'>;
  appendSlots: number;
  appendQueueMax?: number;
  log?: Pick<Logger, 'warn'>;
}) {
  const { db, events } = deps;
  const writer = createAppendBatcher(db, { slots: deps.appendSlots, queueMax: deps.appendQueueMax, log: deps.log });

  async function append(input: AppendInput, refusal: () => Promise<AppError | null>, originSocketId?: string): Promise<WireMessage> {
    const row = await writer.append(input);
    if (!row) {
      // Refused, or this clientMessageId is already stored (a re-send, or a concurrent one that won): read it.
      if (input.clientMessageId) {
        const existing = await messageRepository.byClientId(db, input.consultationId, input.sender, input.clientMessageId);
        if (existing) {
          // The first delivery may have been lost with the first ack (a crash, a dropped publish): send it
          // again; clients keep one copy per seq, and the sender's own socket has it in this ack.
          const message = toWireMessage(existing);
          events.publish('message.created', { message, originSocketId });
          return message;
        }
      }
      throw (await refusal()) ?? new AppError(ErrorCode.CONSULTATION_CLOSED, 'consultation is closed');
    }
    const message = toWireMessage(row);
    events.publish('message.created', { message, originSocketId });
    return message;
  }

  return {
    sendAsVisitor(consultationId: string, clientMessageId: string, body: string, originSocketId?: string): Promise<WireMessage> {
      return append(
        { consultationId, sender: 'visitor', senderStaffId: null, senderName: null, body, visibility: 'all', clientMessageId, requireAssignee: null },
        async () => visitorWriteRefusal((await consultationRepository.byId(db, consultationId)) ?? null),
        originSocketId,
      );
    },

    sendAsStaff(
      actor: StaffActor, consultationId: string, clientMessageId: string, body: string, visibility: Visibility, originSocketId?: string,
    ): Promise<WireMessage> {
      return append(
        {
          consultationId, sender: 'staff', senderStaffId: actor.id, senderName: actor.displayName, body, visibility, clientMessageId,
          requireAssignee: actor.id,
        },
        async () => staffAccessRefusal((await consultationRepository.byId(db, consultationId)) ?? null, actor.id, { write: true }),
        originSocketId,
      );
    },

    async syncForVisitor(consultationId: string, afterSeq: number): Promise<SyncPage> {
      return page(await messageRepository.after(db, consultationId, afterSeq, false));
    },

    async syncForStaff(staffId: string, consultationId: string, afterSeq: number): Promise<SyncPage> {
      const [c, reader] = await Promise.all([consultationRepository.byId(db, consultationId), staffRepository.byId(db, staffId)]);
      const refusal = staffAccessRefusal(c ?? null, staffId, { write: false, roles: reader?.roles ?? [] });
      if (refusal) throw refusal;
      return page(await messageRepository.after(db, consultationId, afterSeq, true));
    },
  };
}
