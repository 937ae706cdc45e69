import { AuditAction, RiskPhrasesSchema, type ConsultationView, type RiskDetails, type RiskSet } from '@hidamari/shared';
import type { Logger } from 'pino';
import { auditRepository } from '../audit/audit.repository.js';
import { historyRepository } from '../history/history.repository.js';
import { toConsultationView, type ConsultationRow } from '../consultation/consultation.mapper.js';
import { consultationRepository } from '../consultation/consultation.repository.js';
import type { Db } from '../db/client.js';
import type { DomainEvents } from '../events/domain-events.js';
import { staffRepository } from '../staff/staff.repository.js';
import { DEFAULT_RISK_PHRASES } from './risk-phrases.default.js';
import { matchedFrom, riskReadRefusal, riskSetRefusal } from './risk-access.rules.js';
import { riskRepository as repo } from './risk.repository.js';
import { settingsVersion } from '../settings/settings.repository.js';
import { compilePhrases, riskRankOf, scoreText, type CompiledPhrases } from './risk.rules.js';

export type RiskService = ReturnType<typeof createRiskService>;

/** How old the check of another process's change to the phrase list may be. */
const STAMP_CHECK_MS = 1000;

export function createRiskService(deps: {
  db: Db;
  events: Pick<DomainEvents, 'publish'>;
  log?: Pick<Logger, 'warn'>;
  now?: () => Date;
}) {
  const { db, events } = deps;
  const now = deps.now ?? (() => new Date());

  /**
   * The list compiled once per process. A change saved through this process applies to its very next message (the
   * settings version moves after the commit); one saved through another process is seen within STAMP_CHECK_MS, when
   * the setting's updated_at is read again — not on every message, which cost a query per visitor message.
   */
  let cache: { stamp: string | null; version: number; checkedAt: number; compiled: CompiledPhrases } | undefined;
  let reading: Promise<CompiledPhrases> | undefined;
  async function load(): Promise<CompiledPhrases> {
    const version = settingsVersion.current();
    const stamp = await repo.phrasesStamp(db);
    if (cache && cache.stamp === stamp) {
      cache = { ...cache, version, checkedAt: performance.now() };
      return cache.compiled;
    }
    const row = await repo.phrasesRow(db);
    // A stored list that no longer fits the schema counts as unset, as settings do: the default still protects.
    const parsed = row ? RiskPhrasesSchema.safeParse(row.value) : undefined;
    const compiled = compilePhrases(parsed?.success ? parsed.data : DEFAULT_RISK_PHRASES);
    cache = { stamp: row?.at ?? null, version, checkedAt: performance.now(), compiled };
    return compiled;
  }
  function phrases(): Promise<CompiledPhrases> {
    const fresh = cache && cache.version === settingsVersion.current() && performance.now() - cache.checkedAt < STAMP_CHECK_MS;
    if (fresh) return Promise.resolve(cache!.compiled);
    // One read at a time: a burst of messages shares it.
    reading ??= load().finally(() => (reading = undefined));
    return reading;
  }

  async function view(c: ConsultationRow): Promise<ConsultationView> {
    const [name, historyCount] = await Promise.all([
      consultationRepository.counselorName(db, c.assignedStaffId),
      c.historyId ? historyRepository.othersCount(db, c.historyId, c.id) : 0,
    ]);
    return toConsultationView(c, name, historyCount);
  }

  /** Scores a visitor's text; a match raises the level (never lowers it), records why, and alerts. */
  async function score(consultationId: string, text: string): Promise<void> {
    const { level, matched } = scoreText(text, await phrases());
    if (level === 'none') return;
    const raised = await repo.raise(db, consultationId, level, riskRankOf(level), { level, matched });
    if (!raised) return;
    const [consultation, supervisorIds] = await Promise.all([view(raised), repo.onDutySupervisorIds(db, now())]);
    events.publish('risk.flagged', { consultation, level, matched, supervisorIds });
    if (raised.status === 'queued') events.publish('queue.changed', {});
  }

  async function scoreSafely(consultationId: string, text: string): Promise<void> {
    try {
      await score(consultationId, text);
    } catch (err) {
      // Never the text itself: it is conversation content.
      deps.log?.warn({ err, consultationId }, 'risk scoring failed: this message was not triaged');
    }
  }

  return {
    /** The intake's first message: awaited, so the visitor's first queue position already counts the raise. */
    scoreSafely,

    /**
     * A visitor message, after its append was acknowledged: the scoring runs on a later turn of the event loop, outside
     * the append's transaction and lock, and its failure is logged, never the sender's.
     */
    scoreInBackground(consultationId: string, text: string): void {
      setImmediate(() => void scoreSafely(consultationId, text));
    },

    async set(staffId: string, input: RiskSet): Promise<ConsultationView> {
      const row = await db.transaction(async (tx) => {
        const [c, actor] = await Promise.all([consultationRepository.byIdForUpdate(tx, input.consultationId), staffRepository.byId(tx, staffId)]);
        const refusal = riskSetRefusal(c ?? null, staffId, actor?.active ? actor.roles : []);
        if (refusal) throw refusal;
        const from = c!.riskLevel;
        const updated = await repo.setLevel(tx, input.consultationId, input.level, riskRankOf(input.level));
        await consultationRepository.addEvent(tx, input.consultationId, 'risk_changed', staffId, { from, to: input.level, reason: input.reason });
        // The reason stays with the consultation (clinical staff read it); the audit log, which admins read, gets no conversation content.
        await auditRepository.record(tx, {
          action: AuditAction.riskChanged, staffId, subject: `consultation:${input.consultationId}`, consultationId: input.consultationId,
          data: { from, to: input.level },
        });
        return updated;
      });
      const consultation = await view(row);
      events.publish('risk.changed', { consultation });
      if (row.status === 'queued') events.publish('queue.changed', {});
      return consultation;
    },

    async details(staffId: string, consultationId: string): Promise<RiskDetails> {
      const [c, reader] = await Promise.all([consultationRepository.byId(db, consultationId), staffRepository.byId(db, staffId)]);
      const refusal = riskReadRefusal(c ?? null, staffId, reader?.active ? reader.roles : []);
      if (refusal) throw refusal;
      return { riskLevel: c!.riskLevel, matched: matchedFrom(await repo.flaggedData(db, consultationId)) };
    },
  };
}
