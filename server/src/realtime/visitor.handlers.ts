import {
  AppError, ConsultationResumeSchema, ConsultationStartSchema, ErrorCode, VisitorHandshakeSchema, VisitorMessageSendSchema,
  VisitorMessagesSyncSchema, VisitorTypingSetSchema, SurveySubmitSchema,
} from '@hidamari/shared';
import { ReturnKeyCheckSchema } from '@hidamari/shared';
import { ConsultationPreferSchema } from '@hidamari/shared';
import type { Logger } from 'pino';
import type { Services } from '../services.js';
import { EmptyPayloadSchema, type BindEvents } from './ack.js';
import type { PresenceRegistry } from './presence.registry.js';
import { visitorUpdate } from './realtime.emitter.js';
import type { StaffNamespace, VisitorNamespace, VisitorSocket } from './realtime.types.js';
import { handshakeError } from './handshake-error.js';
import { rooms } from './rooms.js';
import type { StartLimiter } from './start-limiter.js';
import type { EventLimiter } from '../limits/event-limiter.js';
import { visitorPresenceTracker } from './visitor-presence.tracker.js';

/** Wires the `/visitor` namespace: handshake by token, then each event → one service call. */
export function registerVisitorHandlers(deps: {
  nsp: VisitorNamespace;
  staffNsp: StaffNamespace;
  services: Pick<Services, 'consultations' | 'messages' | 'queue' | 'reads' | 'survey' | 'retention' | 'history' | 'routing'>;
  bindEvents: BindEvents;
  presence: PresenceRegistry;
  startLimiter: StartLimiter;
  limits: EventLimiter;
  log: Logger;
}): void {
  const { nsp, staffNsp, services, bindEvents, presence, startLimiter, limits, log } = deps;
  const checkPresence = visitorPresenceTracker({ nsp, reads: services.reads, log });

  nsp.use((socket, next) => {
    const auth = VisitorHandshakeSchema.safeParse(socket.handshake.auth ?? {});
    if (!auth.success) return next(handshakeError(ErrorCode.INVALID_PAYLOAD, 'token: must be a string of 1 to 200 characters without NUL'));
    const token = auth.data.token;
    if (!token) return next();
    services.consultations.byToken(token).then(
      (c) => {
        if (!c) return next(handshakeError(ErrorCode.UNAUTHENTICATED, 'unknown token'));
        socket.data.consultationId = c.id;
        next();
      },
      (err: unknown) => {
        log.error({ err }, 'visitor handshake failed');
        next(handshakeError(ErrorCode.INTERNAL, 'internal error'));
      },
    );
  });

  function bind(socket: VisitorSocket, consultationId: string): void {
    const previous = socket.data.consultationId;
    if (previous === consultationId) return;
    if (previous) {
      void socket.leave(rooms.consultation(previous));
      presence.removeVisitor(previous);
      checkPresence(previous);
    }
    socket.data.consultationId = consultationId;
    void socket.join(rooms.consultation(consultationId));
    presence.addVisitor(consultationId);
    checkPresence(consultationId);
  }

  function bound(socket: VisitorSocket): string {
    const id = socket.data.consultationId;
    if (!id) throw new AppError(ErrorCode.NOT_BOUND, 'start or resume a consultation first');
    return id;
  }

  async function sendState(socket: VisitorSocket, consultationId: string): Promise<void> {
    const c = await services.consultations.byId(consultationId);
    if (!c) return;
    const view = await services.consultations.view(c);
    const update = visitorUpdate(view);
    if (view.status === 'queued') {
      const [standing, service] = await Promise.all([services.queue.standingOf(consultationId), services.queue.hours()]);
      if (standing) update.queue = standing;
      update.service = service;
    }
    socket.emit('consultation:updated', update);
  }

  /** Sends the state of a bound consultation; a visitor without it would sit on 'connecting', so a failure drops the socket for the client to retry. */
  function setUp(socket: VisitorSocket, consultationId: string): void {
    sendState(socket, consultationId).catch((err: unknown) => {
      log.error({ err }, 'visitor socket set-up failed; disconnecting so the client retries');
      socket.disconnect();
    });
  }

  nsp.on('connection', (socket) => {
    const initial = socket.data.consultationId;
    if (initial) {
      socket.data.consultationId = undefined;
      bind(socket, initial);
      setUp(socket, initial);
    }
    socket.on('disconnect', () => {
      if (socket.data.consultationId) {
        presence.removeVisitor(socket.data.consultationId);
        checkPresence(socket.data.consultationId);
      }
    });

    bindEvents(socket, {
      'consultation:start': {
        schema: ConsultationStartSchema,
        run: async (input) => {
          const current = socket.data.consultationId;
          if (current && (await services.consultations.byId(current))?.status !== 'closed') {
            throw new AppError(ErrorCode.CONFLICT, 'this connection already has an open consultation');
          }
          if (!(await startLimiter.take(socket))) throw new AppError(ErrorCode.RATE_LIMITED, 'too many consultations started; please wait a little');
          const started = await services.consultations.start(input);
          bind(socket, started.consultation.id);
          return {
            consultationId: started.consultation.id, token: started.token, resumeCode: started.resumeCode, queue: started.queue, service: started.service,
            ...(started.linked ? { linked: started.linked } : {}),
          };
        },
      },
      'consultation:resume': {
        schema: ConsultationResumeSchema,
        run: async ({ resumeCode }) => {
          if (!(await startLimiter.take(socket))) throw new AppError(ErrorCode.RATE_LIMITED, 'too many attempts; please wait a little');
          const { consultation, token } = await services.consultations.resume(resumeCode);
          // The old token is retired: so is any device still connected with it.
          nsp.in(rooms.consultation(consultation.id)).except(socket.id).disconnectSockets(true);
          bind(socket, consultation.id);
          setUp(socket, consultation.id);
          return { consultationId: consultation.id, token };
        },
      },
      'message:send': {
        schema: VisitorMessageSendSchema,
        // Only the limiter's await before the service call: it settles in this socket's arrival order, so the service
        // still takes the messages in that order.
        run: async ({ clientMessageId, body }) => {
          const consultationId = bound(socket);
          await limits.message(socket, consultationId, 'visitor');
          return { message: await services.messages.sendAsVisitor(consultationId, clientMessageId, body, socket.id) };
        },
      },
      'messages:sync': {
        schema: VisitorMessagesSyncSchema,
        run: async ({ afterSeq }) => {
          const id = bound(socket);
          const [page, readUpToSeq] = await Promise.all([services.messages.syncForVisitor(id, afterSeq), services.reads.readUpTo(id)]);
          return { ...page, readUpToSeq };
        },
      },
      'consultation:leave': {
        schema: EmptyPayloadSchema,
        run: async () => {
          await services.consultations.leave(bound(socket));
          return {};
        },
      },
      'typing:set': {
        schema: VisitorTypingSetSchema,
        run: async ({ typing }) => {
          const consultationId = bound(socket);
          await limits.typing(socket, consultationId, 'visitor');
          staffNsp.to(rooms.consultation(consultationId)).emit('typing:changed', { consultationId, sender: 'visitor', typing });
          return {};
        },
      },
      'survey:get': {
        schema: EmptyPayloadSchema,
        run: async () => services.survey.form(bound(socket)),
      },
      'survey:submit': {
        schema: SurveySubmitSchema,
        run: async ({ answers }) => {
          await services.survey.submit(bound(socket), answers);
          return {};
        },
      },
      'returnKey:keep': {
        schema: EmptyPayloadSchema,
        run: async () => {
          const consultationId = bound(socket);
          if (!(await startLimiter.take(socket))) throw new AppError(ErrorCode.RATE_LIMITED, 'too many attempts; please wait a little');
          return services.history.keep(consultationId);
        },
      },
      'returnKey:forget': {
        schema: EmptyPayloadSchema,
        run: async () => {
          await services.history.forget(bound(socket));
          return {};
        },
      },
      'returnKey:check': {
        schema: ReturnKeyCheckSchema,
        // Like a resume: the key is the credential, so guesses are limited per client.
        run: async ({ returnKey }) => {
          if (!(await startLimiter.take(socket))) throw new AppError(ErrorCode.RATE_LIMITED, 'too many attempts; please wait a little');
          return services.history.check(returnKey);
        },
      },
      'consultation:prefer': {
        schema: ConsultationPreferSchema,
        run: async ({ choice }) => services.routing.prefer(bound(socket), choice),
      },
      'consultation:delete': {
        schema: EmptyPayloadSchema,
        run: async () => {
          const consultationId = bound(socket);
          await services.retention.deleteForVisitor(consultationId);
          // The token is gone: other devices still connected with it are let go too.
          nsp.in(rooms.consultation(consultationId)).except(socket.id).disconnectSockets(true);
          return {};
        },
      },
    });
  });
}
