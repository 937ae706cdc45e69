import type { Env } from '@hidamari/shared';
import { createAuthService } from './auth/auth.service.js';
import { createSetupService } from './auth/setup.service.js';
import { createConsultationService } from './consultation/consultation.service.js';
import { createPresenceService } from './consultation/presence.service.js';
import { createQueueService } from './consultation/queue.service.js';
import { createSweeperService } from './consultation/sweeper.service.js';
import type { Database } from './db/client.js';
import { DomainEvents } from './events/domain-events.js';
import { appendSlots } from './message/append-batcher.js';
import { createMessageService } from './message/message.service.js';
import { createSettingsService } from './settings/settings.service.js';
import { createShiftService } from './shift/shift.service.js';
import { createStaffService } from './staff/staff.service.js';

/** Builds every service once, wiring each with only what it needs. */
export function createServices(database: Pick<Database, 'db' | 'kind'>, env: Env) {
  const { db } = database;
  const events = new DomainEvents();
  const shifts = createShiftService({ db });
  const queue = createQueueService({ db, shifts });
  const consultations = createConsultationService({ db, events, queue });
  const staff = createStaffService({ db, events });
  return {
    events,
    shifts,
    queue,
    consultations,
    staff,
    messages: createMessageService({ db, events, appendSlots: appendSlots(database, env.DB_POOL_SIZE) }),
    auth: createAuthService({ db }),
    setup: createSetupService({ db, staff }),
    settings: createSettingsService({ db }),
    presence: createPresenceService({ db }),
    sweeper: createSweeperService({
      db,
      events,
      consultations,
      limits: {
        staffGraceSeconds: env.STAFF_GRACE_SECONDS,
        inactivitySeconds: env.INACTIVITY_CLOSE_SECONDS,
        abandonSeconds: env.ABANDON_SECONDS,
      },
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
