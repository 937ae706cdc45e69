import { AppError, AuditAction, ErrorCode, type Locale, type Offer, type OfferInput, type OfferPatch, type PublicOffer } from '@hidamari/shared';
import { auditRepository } from '../audit/audit.repository.js';
import type { Db } from '../db/client.js';
import { offersRepository as repo } from './offers.repository.js';
import { fieldsOf, patchFields, toOffer, toPublicOffer } from './offers.rules.js';

export type OffersService = ReturnType<typeof createOffersService>;

const subjectOf = (id: string) => `offer:${id}`;
const missing = () => new AppError(ErrorCode.NOT_FOUND, 'no such offer');

/** The center's own seminars, classes and 居場所 days: admins keep them (audited); anyone reads the upcoming ones. */
export function createOffersService(deps: { db: Db; now: () => Date; timeZone: string }) {
  const { db, now, timeZone } = deps;
  return {
    async upcoming(locale: Locale): Promise<{ offers: PublicOffer[]; timezone: string }> {
      return { offers: (await repo.upcoming(db, now())).map((r) => toPublicOffer(r, locale)), timezone: timeZone };
    },

    async list(): Promise<Offer[]> {
      return (await repo.all(db)).map(toOffer);
    },

    async get(id: string): Promise<Offer> {
      const row = await repo.byId(db, id);
      if (!row) throw missing();
      return toOffer(row);
    },

    async create(staffId: string | null, input: OfferInput): Promise<Offer> {
      return db.transaction(async (tx) => {
        const row = await repo.insert(tx, fieldsOf(input));
        await auditRepository.record(tx, {
          action: AuditAction.offerCreated, staffId, subject: subjectOf(row.id), data: { title: row.title, startsAt: row.startsAt.toISOString() },
        });
        return toOffer(row);
      });
    },

    async update(staffId: string | null, id: string, patch: OfferPatch): Promise<Offer> {
      return db.transaction(async (tx) => {
        // Locked: the start/end check is against the row this update replaces, not one a concurrent edit already changed.
        const current = await repo.byIdForUpdate(tx, id);
        if (!current) throw missing();
        const row = await repo.update(tx, id, patchFields(current, patch), now());
        await auditRepository.record(tx, { action: AuditAction.offerUpdated, staffId, subject: subjectOf(id), data: { keys: Object.keys(patch) } });
        return toOffer(row);
      });
    },

    async remove(staffId: string | null, id: string): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await repo.remove(tx, id);
        if (!row) throw missing();
        await auditRepository.record(tx, { action: AuditAction.offerDeleted, staffId, subject: subjectOf(id), data: { title: row.title } });
      });
    },
  };
}
