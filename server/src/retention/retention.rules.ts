import { AppError, ErrorCode, type ConsultationStatus } from '@hidamari/shared';

/** Consultations one purge transaction takes: its locks and work stay bounded, a backlog drains batch by batch. */
export const PURGE_BATCH = 200;
/** Batches one `purgeOnce` runs at most; the next round continues. */
export const PURGE_MAX_BATCHES = 25;

const DAY_MS = 86_400_000;

/** Content of consultations closed before this instant is due for the purge. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

export interface PurgeCounts {
  consultations: number;
  messages: number;
  notes: number;
  events: number;
}

export const noPurge = (): PurgeCounts => ({ consultations: 0, messages: 0, notes: 0, events: 0 });

export function addCounts(a: PurgeCounts, b: PurgeCounts): PurgeCounts {
  return { consultations: a.consultations + b.consultations, messages: a.messages + b.messages, notes: a.notes + b.notes, events: a.events + b.events };
}

/** Another batch is worth taking when this one was full (more may be due) and the round's budget is not spent. */
export const purgeContinues = (taken: number, batchesRun: number): boolean => taken >= PURGE_BATCH && batchesRun < PURGE_MAX_BATCHES;

/** Why a visitor may not delete their consultation now, or null: only a closed one (an open chat is still being answered). */
export function visitorDeleteRefusal(c: { status: ConsultationStatus } | null): AppError | null {
  if (!c) return new AppError(ErrorCode.NOT_FOUND, 'no such consultation');
  if (c.status !== 'closed') return new AppError(ErrorCode.CONFLICT, 'the consultation is still open: leave it first, then delete it');
  return null;
}
