import { AppError, AuditAction, ErrorCode, type Visibility, type WireMessage } from '@hidamari/shared';
import type { Logger } from 'pino';
import { auditRepository } from '../audit/audit.repository.js';
import { readsOthers, staffAccessRefusal, visitorWriteRefusal } from '../consultation/consultation.rules.js';
import { consultationRepository } from '../consultation/consultation.repository.js';
import { staffRepository } from '../staff/staff.repository.js';
import { mayCounsel } from '../staff/staff.rules.js';
import { historyRepository } from '../history/history.repository.js';
import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import type { RiskService } from '../risk/risk.service.js';
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
  /** Scores each new visitor message once it is acknowledged (risk triage). */
  risk?: Pick<RiskService, 'scoreInBackground'>;
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
    if (message.sender === 'visitor') deps.risk?.scoreInBackground(message.consultationId, message.body);
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

    /** `asMonitor`: the sending socket monitors this chat, so a staff-only message from a supervisor is a whisper. */
    sendAsStaff(
      actor: StaffActor, consultationId: string, clientMessageId: string, body: string, visibility: Visibility, originSocketId?: string,
      { asMonitor = false }: { asMonitor?: boolean } = {},
    ): Promise<WireMessage> {
      return append(
        {
          consultationId, sender: 'staff', senderStaffId: actor.id, senderName: actor.displayName, body, visibility, clientMessageId,
          requireAssignee: actor.id, asMonitor,
        },
        async () => {
          const [c, sender] = await Promise.all([consultationRepository.byId(db, consultationId), asMonitor ? staffRepository.byId(db, actor.id) : undefined]);
          if (asMonitor && visibility !== 'staff' && c?.assignedStaffId !== actor.id) {
            return new AppError(ErrorCode.FORBIDDEN, 'a monitoring supervisor writes staff-only messages only; take the chat over to answer the visitor');
          }
          return staffAccessRefusal(c ?? null, actor.id, asMonitor ? { write: true, whisper: true, roles: sender?.roles ?? [] } : { write: true });
        },
        originSocketId,
      );
    },

    async syncForVisitor(consultationId: string, afterSeq: number): Promise<SyncPage> {
      return page(await messageRepository.after(db, consultationId, afterSeq, false));
    },

    async syncForStaff(staffId: string, consultationId: string, afterSeq: number): Promise<SyncPage> {
      const [c, reader] = await Promise.all([consultationRepository.byId(db, consultationId), staffRepository.byId(db, staffId)]);
      const refusal = staffAccessRefusal(c ?? null, staffId, { write: false, roles: reader?.roles ?? [] });
      // Issue 12: an earlier chat of a history is open to the counselor of an open chat in it (the visitor linked them).
      const viaHistory = refusal?.code === ErrorCode.FORBIDDEN && !!c?.historyId && !!reader && mayCounsel(reader)
        && (await historyRepository.holdsOpenIn(db, staffId, c.historyId));
      if (refusal && !viaHistory) throw refusal;
      // A read of a chat that is not theirs: recorded before the transcript is read, so no read goes unlogged.
      if (readsOthers(c!, staffId)) {
        await auditRepository.record(db, { action: AuditAction.transcriptRead, staffId, consultationId, data: { via: viaHistory ? 'history' : 'sync', afterSeq } });
      }
      return page(await messageRepository.after(db, consultationId, afterSeq, true));
    },
  };
}
