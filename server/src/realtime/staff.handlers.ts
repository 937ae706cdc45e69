import {
  ConsultationCloseSchema, ConsultationHandoverSchema, ConsultationRefSchema, ConsultationTimelineRequestSchema, DutySetSchema, ErrorCode, StaffMessageSendSchema, StaffMessagesSyncSchema,
  StaffTypingSetSchema, ConsultationEscalateSchema, EscalationActSchema, ConsultationTransferSchema, HandoffRespondSchema,
} from '@hidamari/shared';
import { MessagesReadSchema, RiskGetSchema, RiskSetSchema } from '@hidamari/shared';
import { ReferralSendSchema } from '@hidamari/shared';
import { ConsultationHistoryRequestSchema } from '@hidamari/shared';
import fastifyCookie from '@fastify/cookie';
import type { Logger } from 'pino';
import { canCounsel } from '../staff/staff.rules.js';
import { SESSION_COOKIE } from '../http/session-cookie.js';
import { hashToken } from '../auth/tokens.js';
import type { Services } from '../services.js';
import { EmptyPayloadSchema, type BindEvents } from './ack.js';
import type { PresenceRegistry } from './presence.registry.js';
import type { StaffNamespace, StaffSocket, VisitorNamespace } from './realtime.types.js';
import { handshakeError } from './handshake-error.js';
import { rooms } from './rooms.js';
import { monitors, supervisionHandlers } from './supervision.handlers.js';
import type { EventLimiter } from '../limits/event-limiter.js';

/** Wires the `/staff` namespace: handshake by session cookie, then each event → one service call. */
export function registerStaffHandlers(deps: {
  nsp: StaffNamespace;
  visitorNsp: VisitorNamespace;
  services: Pick<Services, 'auth' | 'consultations' | 'handover' | 'messages' | 'queue' | 'staff' | 'timeline' | 'escalations' | 'supervision' | 'handoffs' | 'risk' | 'reads' | 'referrals' | 'history'>;
  bindEvents: BindEvents;
  presence: PresenceRegistry;
  log: Logger;
  limits: EventLimiter;
}): void {
  const { nsp, visitorNsp, services, bindEvents, presence, log, limits } = deps;

  nsp.use((socket, next) => {
    const token = fastifyCookie.parse(socket.request.headers.cookie ?? '')[SESSION_COOKIE];
    services.auth.authenticate(token).then(
      (staff) => {
        if (!staff || !token) {
          return next(handshakeError(ErrorCode.UNAUTHENTICATED, 'log in first'));
        }
        // A temporary password opens nothing but its own change (the HTTP guard refuses the same way).
        if (staff.mustChangePassword) return next(handshakeError(ErrorCode.PASSWORD_CHANGE_REQUIRED, 'change the temporary password first'));
        socket.data.staff = { id: staff.id, displayName: staff.displayName, roles: staff.roles, onDuty: staff.onDuty };
        socket.data.sessionHash = hashToken(token);
        next();
      },
      (err: unknown) => {
        log.error({ err }, 'staff handshake failed');
        next(handshakeError(ErrorCode.INTERNAL, 'internal error'));
      },
    );
  });

  /** Puts a connecting counselor into their open chats' rooms; without them they would miss those chats' messages, so a failure drops the socket for the client to retry. */
  function joinOpenChats(socket: StaffSocket): void {
    services.consultations.listMine(socket.data.staff.id).then(
      (mine) => socket.join(mine.map((c) => rooms.consultation(c.id))),
      (err: unknown) => {
        log.error({ err }, 'staff socket set-up failed; disconnecting so the client retries');
        socket.disconnect();
      },
    );
  }

  nsp.on('connection', (socket) => {
    const me = socket.data.staff;
    // The queue carries previews and nicknames: conversation content, which the admin role alone does not read.
    void socket.join([rooms.staff(me.id), ...(canCounsel(me) ? [rooms.allStaff] : []), rooms.session(socket.data.sessionHash)]);
    presence.addStaff(me.id);
    socket.emit('duty:updated', { onDuty: me.onDuty });
    joinOpenChats(socket);
    socket.on('disconnect', () => presence.removeStaff(me.id));

    bindEvents(socket, {
      ...supervisionHandlers(socket, { nsp, supervision: services.supervision, log }),
      'duty:set': {
        schema: DutySetSchema,
        run: async ({ onDuty }) => ({ onDuty: await services.staff.setDuty(me.id, onDuty) }),
      },
      'queue:list': {
        schema: EmptyPayloadSchema,
        // Roles are read now, not at connect: a counselor role removed since must not keep reading the queue.
        run: async () => {
          await services.staff.assertCanCounsel(me.id);
          return services.queue.snapshot();
        },
      },
      'consultations:list': {
        schema: EmptyPayloadSchema,
        run: async () => ({ consultations: await services.consultations.listMine(me.id) }),
      },
      'consultation:claim': {
        schema: ConsultationRefSchema,
        run: async ({ consultationId }) => {
          const result = await services.consultations.claim(me.id, consultationId);
          await socket.join(rooms.consultation(consultationId));
          return result;
        },
      },
      'message:send': {
        schema: StaffMessageSendSchema,
        // Only the limiter's await before the service call: it settles in this socket's arrival order, so the service
        // still takes the messages in that order.
        run: async ({ consultationId, clientMessageId, body, visibility }) => {
          await limits.message(socket, consultationId, 'staff');
          return {
            message: await services.messages.sendAsStaff(me, consultationId, clientMessageId, body, visibility ?? 'all', socket.id, {
              asMonitor: monitors(socket, consultationId),
            }),
          };
        },
      },
      'consultation:close': {
        schema: ConsultationCloseSchema,
        run: async (input) => ({ consultation: await services.consultations.close(me.id, input) }),
      },
      'risk:set': {
        schema: RiskSetSchema,
        run: async (input) => ({ consultation: await services.risk.set(me.id, input) }),
      },
      'risk:get': {
        schema: RiskGetSchema,
        run: ({ consultationId }) => services.risk.details(me.id, consultationId),
      },
      'consultation:handover': {
        schema: ConsultationHandoverSchema,
        run: async (input) => {
          await services.handover.handover(me.id, input);
          return {};
        },
      },
      'consultation:transfer': {
        schema: ConsultationTransferSchema,
        run: (input) => services.handoffs.transfer(me.id, input),
      },
      'handoff:respond': {
        schema: HandoffRespondSchema,
        run: async (input) => {
          const result = await services.handoffs.respond(me.id, input);
          if (result.accepted) await socket.join(rooms.consultation(result.consultation.id));
          return result;
        },
      },
      'handoff:candidates': {
        schema: EmptyPayloadSchema,
        run: () => services.handoffs.candidates(me.id),
      },
      'consultation:timeline': {
        schema: ConsultationTimelineRequestSchema,
        run: async ({ consultationId }) => ({ events: await services.timeline.forStaff(me.id, consultationId) }),
      },
      'consultation:history': {
        schema: ConsultationHistoryRequestSchema,
        run: ({ consultationId }) => services.history.forStaff(me.id, consultationId),
      },
      'consultation:escalate': {
        schema: ConsultationEscalateSchema,
        run: (input) => services.escalations.escalate(me.id, input),
      },
      'escalation:ack': { schema: EscalationActSchema, run: (input) => services.escalations.acknowledge(me.id, input) },
      'escalation:resolve': { schema: EscalationActSchema, run: (input) => services.escalations.resolve(me.id, input) },
      'escalations:list': { schema: EmptyPayloadSchema, run: () => services.escalations.list(me.id) },
      'referral:send': {
        schema: ReferralSendSchema,
        // A card is a message to the visitor: it counts against the same per-connection limit as text.
        run: async (input) => {
          await limits.message(socket, input.consultationId, 'staff');
          return { message: await services.referrals.send(me, input, socket.id) };
        },
      },
      'messages:sync': {
        schema: StaffMessagesSyncSchema,
        run: ({ consultationId, afterSeq }) => services.messages.syncForStaff(me.id, consultationId, afterSeq),
      },
      'messages:read': {
        schema: MessagesReadSchema,
        run: (input) => services.reads.markRead(me.id, input),
      },
      'typing:set': {
        schema: StaffTypingSetSchema,
        run: async ({ consultationId, typing }) => {
          await limits.typing(socket, consultationId, 'staff');
          // Only the assignee's typing reaches the visitor: the socket is in the room only while it holds the chat or monitors it.
          if (socket.rooms.has(rooms.consultation(consultationId)) && !monitors(socket, consultationId)) {
            visitorNsp.to(rooms.consultation(consultationId)).emit('typing:changed', { consultationId, sender: 'staff', typing });
          }
          return {};
        },
      },
    });
  });
}
