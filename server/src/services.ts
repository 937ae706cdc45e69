import type { Env } from '@hidamari/shared';
import type { Logger } from 'pino';
import { createAuditService } from './audit/audit.service.js';
import { createAuthService } from './auth/auth.service.js';
import { createSetupService } from './auth/setup.service.js';
import { createConsultationService } from './consultation/consultation.service.js';
import { createEscalationService } from './escalation/escalation.service.js';
import { createHandoverService } from './consultation/handover.service.js';
import { createHandoffService } from './handoff/handoff.service.js';
import { createPresenceService } from './consultation/presence.service.js';
import { createQueueService } from './consultation/queue.service.js';
import { createRequeueService } from './consultation/requeue.service.js';
import { createSweeperService } from './consultation/sweeper.service.js';
import type { Database } from './db/client.js';
import { DomainEvents } from './events/domain-events.js';
import { appendSlots } from './message/append-batcher.js';
import { createMessageService } from './message/message.service.js';
import { createRiskService } from './risk/risk.service.js';
import { createReadService } from './read/read.service.js';
import { createCannedService } from './canned/canned.service.js';
import { createSettingsService } from './settings/settings.service.js';
import { createStatusService } from './settings/status.service.js';
import { createShiftService } from './shift/shift.service.js';
import { createStaffService } from './staff/staff.service.js';
import { createSupervisionService } from './supervision/supervision.service.js';
import { createSurveyService } from './survey/survey.service.js';
import { createTeamService } from './team/team.service.js';
import { createTimelineService } from './timeline/timeline.service.js';
import { createRetentionService } from './retention/retention.service.js';
import { createReportsService } from './reports/reports.service.js';
import { createDirectoryService } from './directory/directory.service.js';
import { createReferralService } from './directory/referral.service.js';
import { createOffersService } from './offers/offers.service.js';
import { createHistoryService } from './history/history.service.js';
import { createRoutingService } from './routing/routing.service.js';

/** Builds every service once, wiring each with only what it needs. */
export function createServices(database: Pick<Database, 'db' | 'kind'>, env: Env, log?: Pick<Logger, 'warn'>, now: () => Date = () => new Date()) {
  const { db } = database;
  const events = new DomainEvents();
  const settings = createSettingsService({ db });
  const shifts = createShiftService({ db, events, now, timeZone: env.SERVICE_TIMEZONE });
  const queue = createQueueService({ db, shifts, now });
  const risk = createRiskService({ db, events, log, now });
  const history = createHistoryService({ db });
  const routing = createRoutingService({ db, events, queue, now });
  const consultations = createConsultationService({ db, events, queue, now, shifts, risk, history, routeAtStart: routing.routeAtStart });
  const requeue = createRequeueService({ events, consultations });
  const staff = createStaffService({ db, events, requeue, now, defaultMaxConcurrent: () => settings.defaultMaxConcurrent() });
  const escalations = createEscalationService({ db, events, now, realertSeconds: env.ESCALATION_REALERT_SECONDS });
  const team = createTeamService({ db, now });
  const handoffs = createHandoffService({ db, events, consultations, requeue, now, offerSeconds: env.HANDOFF_OFFER_SECONDS });
  const auth = createAuthService({ db, events, sessionIdleMinutes: env.SESSION_IDLE_MINUTES, sessionMaxHours: env.SESSION_MAX_HOURS });
  return {
    events,
    shifts,
    queue,
    consultations,
    handover: createHandoverService({ db, requeue }),
    handoffs,
    escalations,
    risk,
    staff,
    messages: createMessageService({
      db, events, log, risk, appendSlots: appendSlots(database, env.DB_POOL_SIZE), appendQueueMax: env.APPEND_QUEUE_MAX,
    }),
    auth,
    audit: createAuditService({ db }),
    team,
    supervision: createSupervisionService({ db, events, consultations, team, now }),
    timeline: createTimelineService({ db }),
    history,
    routing,
    retention: createRetentionService({ db, now, retentionDays: env.RETENTION_DAYS }),
    reports: createReportsService({ db, settings, timeZone: env.SERVICE_TIMEZONE }),
    survey: createSurveyService({ db, now, timeZone: env.SERVICE_TIMEZONE }),
    setup: createSetupService({ db, staff }),
    settings,
    status: createStatusService({ shifts, settings, timezone: env.SERVICE_TIMEZONE }),
    presence: createPresenceService({ db, auth }),
    reads: createReadService({ db, events, now }),
    canned: createCannedService({ db }),
    directory: createDirectoryService({ db, now }),
    referrals: createReferralService({ db, events }),
    offers: createOffersService({ db, now, timeZone: env.SERVICE_TIMEZONE }),
    sweeper: createSweeperService({
      db,
      events,
      now,
      consultations,
      requeue,
      escalations,
      handoffs,
      routing,
      shifts,
      limits: {
        staffGraceSeconds: env.STAFF_GRACE_SECONDS,
        inactivitySeconds: env.INACTIVITY_CLOSE_SECONDS,
        abandonSeconds: env.ABANDON_SECONDS,
      },
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
