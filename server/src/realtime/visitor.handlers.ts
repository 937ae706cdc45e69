import {
  AppError, ConsultationResumeSchema, ConsultationStartSchema, ErrorCode, VisitorHandshakeSchema, VisitorMessageSendSchema,
  VisitorMessagesSyncSchema, VisitorTypingSetSchema,
} from '@hidamari/shared';
import { z } from 'zod';
import type { Services } from '../services.js';
import type { createHandler } from './ack.js';
import type { PresenceRegistry } from './presence.registry.js';
import { visitorUpdate } from './realtime.emitter.js';
import type { StaffNamespace, VisitorNamespace, VisitorSocket } from './realtime.types.js';
import { handshakeError } from './handshake-error.js';
import { rooms } from './rooms.js';
import type { StartLimiter } from './start-limiter.js';

const Empty = z.object({}).loose();

/** Wires the `/visitor` namespace: handshake by token, then each event → one service call. */
export function registerVisitorHandlers(deps: {
  nsp: VisitorNamespace;
  staffNsp: StaffNamespace;
  services: Pick<Services, 'consultations' | 'messages' | 'queue'>;
  handle: ReturnType<typeof createHandler>;
  presence: PresenceRegistry;
  startLimiter: StartLimiter;
}): void {
  const { nsp, staffNsp, services, handle, presence, startLimiter } = deps;

  nsp.use((socket, next) => {
    const auth = VisitorHandshakeSchema.safeParse(socket.handshake.auth ?? {});
    const token = auth.success ? auth.data.token : undefined;
    if (!token) return next();
    services.consultations.byToken(token).then(
      (c) => {
        if (!c) return next(handshakeError(ErrorCode.UNAUTHENTICATED, 'unknown token'));
        socket.data.consultationId = c.id;
        next();
      },
      () => next(handshakeError(ErrorCode.INTERNAL, 'internal error')),
    );
  });

  function bind(socket: VisitorSocket, consultationId: string): void {
    const previous = socket.data.consultationId;
    if (previous === consultationId) return;
    if (previous) {
      void socket.leave(rooms.consultation(previous));
      presence.removeVisitor(previous);
    }
    socket.data.consultationId = consultationId;
    void socket.join(rooms.consultation(consultationId));
    presence.addVisitor(consultationId);
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
      const standing = await services.queue.standingOf(consultationId);
      if (standing) update.queue = standing;
    }
    socket.emit('consultation:updated', update);
  }

  nsp.on('connection', (socket) => {
    const initial = socket.data.consultationId;
    if (initial) {
      socket.data.consultationId = undefined;
      bind(socket, initial);
      void sendState(socket, initial).catch(() => undefined);
    }
    socket.on('disconnect', () => {
      if (socket.data.consultationId) presence.removeVisitor(socket.data.consultationId);
    });

    socket.on(
      'consultation:start',
      handle('consultation:start', ConsultationStartSchema, async (input) => {
        const current = socket.data.consultationId;
        if (current && (await services.consultations.byId(current))?.status !== 'closed') {
          throw new AppError(ErrorCode.CONFLICT, 'this connection already has an open consultation');
        }
        if (!(await startLimiter.take(socket))) throw new AppError(ErrorCode.RATE_LIMITED, 'too many consultations started; please wait a little');
        const started = await services.consultations.start(input);
        bind(socket, started.consultation.id);
        return { consultationId: started.consultation.id, token: started.token, resumeCode: started.resumeCode, queue: started.queue };
      }),
    );

    socket.on(
      'consultation:resume',
      handle('consultation:resume', ConsultationResumeSchema, async ({ resumeCode }) => {
        if (!(await startLimiter.take(socket))) throw new AppError(ErrorCode.RATE_LIMITED, 'too many attempts; please wait a little');
        const { consultation, token } = await services.consultations.resume(resumeCode);
        // The old token is retired: so is any device still connected with it.
        nsp.in(rooms.consultation(consultation.id)).except(socket.id).disconnectSockets(true);
        bind(socket, consultation.id);
        void sendState(socket, consultation.id).catch(() => undefined);
        return { consultationId: consultation.id, token };
      }),
    );

    socket.on(
      'message:send',
      handle('message:send', VisitorMessageSendSchema, async ({ clientMessageId, body }) => ({
        message: await services.messages.sendAsVisitor(bound(socket), clientMessageId, body, socket.id),
      })),
    );

    socket.on(
      'messages:sync',
      handle('messages:sync', VisitorMessagesSyncSchema, async ({ afterSeq }) => services.messages.syncForVisitor(bound(socket), afterSeq)),
    );

    socket.on(
      'consultation:leave',
      handle('consultation:leave', Empty, async () => {
        await services.consultations.leave(bound(socket));
        return {};
      }),
    );

    socket.on(
      'typing:set',
      handle('typing:set', VisitorTypingSetSchema, async ({ typing }) => {
        const consultationId = bound(socket);
        staffNsp.to(rooms.consultation(consultationId)).emit('typing:changed', { consultationId, sender: 'visitor', typing });
        return {};
      }),
    );
  });
}
