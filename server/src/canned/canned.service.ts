import { AppError, CANNED_LIMITS, ErrorCode, type CannedReply, type CannedReplyCreate, type CannedReplyUpdate } from '@hidamari/shared';
import type { Db } from '../db/client.js';
import { cannedRepository as repo, type CannedRow } from './canned.repository.js';
import { canEditCanned, cannedEditRefusal, sortCanned } from './canned.rules.js';

export type CannedService = ReturnType<typeof createCannedService>;
type Caller = { id: string; roles: readonly string[] };

function toView(r: CannedRow, who: Caller): CannedReply {
  return {
    id: r.id, scope: r.scope, title: r.title, shortcut: r.shortcut, body: { ja: r.bodyJa, en: r.bodyEn },
    editable: canEditCanned(r, who), updatedAt: r.updatedAt.toISOString(),
  };
}

/** Canned replies: the center's list (admins edit) and each staff member's own. They hold no conversation content. */
export function createCannedService(deps: { db: Db }) {
  const { db } = deps;
  return {
    async list(who: Caller): Promise<CannedReply[]> {
      return sortCanned(await repo.visibleTo(db, who.id)).map((r) => toView(r, who));
    },

    async create(who: Caller, input: CannedReplyCreate): Promise<CannedReply> {
      const owner = input.scope === 'personal' ? who.id : null;
      const refusal = cannedEditRefusal({ scope: input.scope, ownerStaffId: owner }, who);
      if (refusal) throw refusal;
      if ((await repo.countIn(db, input.scope, owner)) >= CANNED_LIMITS.perScope) {
        throw new AppError(ErrorCode.CONFLICT, `a list holds at most ${CANNED_LIMITS.perScope} replies`);
      }
      const row = await repo.insert(db, {
        scope: input.scope, ownerStaffId: owner, title: input.title, shortcut: input.shortcut, bodyJa: input.body.ja, bodyEn: input.body.en,
      });
      return toView(row, who);
    },

    async update(who: Caller, id: string, input: CannedReplyUpdate): Promise<CannedReply> {
      const refusal = cannedEditRefusal((await repo.byId(db, id)) ?? null, who);
      if (refusal) throw refusal;
      const row = await repo.update(db, id, {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.shortcut !== undefined ? { shortcut: input.shortcut } : {}),
        ...(input.body ? { bodyJa: input.body.ja, bodyEn: input.body.en } : {}),
        updatedAt: new Date(),
      });
      return toView(row, who);
    },

    async remove(who: Caller, id: string): Promise<void> {
      const refusal = cannedEditRefusal((await repo.byId(db, id)) ?? null, who);
      if (refusal) throw refusal;
      await repo.remove(db, id);
    },
  };
}
