import { AppError, ErrorCode, type ReferralSend, type WireMessage } from '@hidamari/shared';
import { consultationRepository } from '../consultation/consultation.repository.js';
import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import { toWireMessage } from '../message/message.mapper.js';
import { directoryRepository } from './directory.repository.js';
import { cardText, referralCard, referralRefusal, toService } from './directory.rules.js';
import { referralRepository } from './referral.repository.js';

export type ReferralService = ReturnType<typeof createReferralService>;

/** `referral:send`: a directory entry goes to the visitor as a card message, and is counted (kind and area only) for reports. */
export function createReferralService(deps: { db: Db; events: Pick<DomainEvents, 'publish'> }) {
  const { db, events } = deps;
  return {
    async send(actor: { id: string; displayName: string }, input: ReferralSend, originSocketId?: string): Promise<WireMessage> {
      const c = await consultationRepository.byId(db, input.consultationId);
      const refusal = referralRefusal(c ?? null, actor.id);
      if (refusal) throw refusal;
      const service = await directoryRepository.byId(db, input.serviceId);
      if (!service) throw new AppError(ErrorCode.NOT_FOUND, 'no such service');
      // In the visitor's language as it is now: the card is what they read, kept as it was sent.
      const card = referralCard(toService(service), c!.locale);
      const row = await referralRepository.appendCard(db, {
        consultationId: input.consultationId, staffId: actor.id, senderName: actor.displayName, body: cardText(card, c!.locale), card,
      });
      if (!row) {
        // The chat closed or changed hands between the read and the append: answer as of now.
        throw referralRefusal((await consultationRepository.byId(db, input.consultationId)) ?? null, actor.id)
          ?? new AppError(ErrorCode.CONSULTATION_CLOSED, 'consultation is closed');
      }
      const message = toWireMessage(row);
      events.publish('message.created', { message, originSocketId });
      return message;
    },
  };
}
