import { AppError, ErrorCode, type Locale, type Offer, type OfferInput, type OfferPatch, type PublicOffer } from '@hidamari/shared';

/** The public page lists at most this many: a center's next weeks, not its archive. */
export const UPCOMING_CAP = 50;

/** The stored shape of an offer (the columns), without ids and bookkeeping dates. */
export interface OfferFields {
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string;
  audience: OfferInput['audience'];
  description: string;
  enTitle: string | null;
  enDescription: string | null;
}
type OfferRow = OfferFields & { id: string; createdAt: Date; updatedAt: Date };

export function fieldsOf(input: OfferInput): OfferFields {
  return {
    title: input.title, startsAt: new Date(input.startsAt), endsAt: input.endsAt ? new Date(input.endsAt) : null, place: input.place,
    audience: input.audience, description: input.description, enTitle: input.en?.title ?? null, enDescription: input.en?.description ?? null,
  };
}

/**
 * The columns a PATCH changes (absent stay, `null` clears endsAt or en), checked against the stored offer: a new start
 * after the kept end is refused naming `endsAt`, as the create body's own check does.
 */
export function patchFields(current: Pick<OfferFields, 'startsAt' | 'endsAt'>, patch: OfferPatch): Partial<OfferFields> {
  const out: Partial<OfferFields> = {};
  if (patch.title !== undefined) out.title = patch.title;
  if (patch.startsAt !== undefined) out.startsAt = new Date(patch.startsAt);
  if (patch.endsAt !== undefined) out.endsAt = patch.endsAt === null ? null : new Date(patch.endsAt);
  if (patch.place !== undefined) out.place = patch.place;
  if (patch.audience !== undefined) out.audience = patch.audience;
  if (patch.description !== undefined) out.description = patch.description;
  if (patch.en !== undefined) {
    out.enTitle = patch.en?.title ?? null;
    out.enDescription = patch.en?.description ?? null;
  }
  const startsAt = out.startsAt ?? current.startsAt;
  const endsAt = out.endsAt === undefined ? current.endsAt : out.endsAt;
  if (endsAt && endsAt.getTime() <= startsAt.getTime()) throw new AppError(ErrorCode.INVALID_PAYLOAD, 'must be after startsAt', 'endsAt');
  return out;
}

/** Not over yet: its end (or, with none, its start) is still ahead. The repository's query says the same in SQL. */
export const isUpcoming = (o: Pick<OfferFields, 'startsAt' | 'endsAt'>, now: Date): boolean => (o.endsAt ?? o.startsAt).getTime() > now.getTime();

export function toOffer(r: OfferRow): Offer {
  return {
    id: r.id, title: r.title, startsAt: r.startsAt.toISOString(), ...(r.endsAt ? { endsAt: r.endsAt.toISOString() } : {}),
    place: r.place, audience: r.audience, description: r.description,
    ...(r.enTitle ? { en: { title: r.enTitle, description: r.enDescription ?? '' } } : {}),
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
  };
}

/** One language for the public page: English when asked and written (field by field), else the Japanese. */
export function toPublicOffer(r: OfferRow, locale: Locale): PublicOffer {
  const en = locale === 'en';
  return {
    id: r.id, title: (en && r.enTitle) || r.title, startsAt: r.startsAt.toISOString(), ...(r.endsAt ? { endsAt: r.endsAt.toISOString() } : {}),
    place: r.place, audience: r.audience, description: (en && r.enDescription) || r.description,
  };
}
