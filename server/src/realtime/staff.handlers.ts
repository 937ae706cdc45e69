import {
  AppError, ConsultationCloseSchema, ConsultationRefSchema, DutySetSchema, ErrorCode, StaffMessageSendSchema, StaffMessagesSyncSchema,
  StaffTypingSetSchema,
} from '@hidamari/shared';
import fastifyCookie from '@fastify/cookie';
import { z } from 'zod';
import { canCounsel } from '../staff/staff.rules.js';
import { SESSION_COOKIE } from '../http/session-cookie.js';
import { hashToken } from '../auth/tokens.js';
import type { Services } from '../services.js';
import type { createHandler } from './ack.js';
import type { PresenceRegistry } from './presence.registry.js';
import type { StaffNamespace, VisitorNamespace } from './realtime.types.js';
import { handshakeError } from './handshake-error.js';
import { rooms } from './rooms.js';

const Empty = z.object({}).loose();

/** Wires the `/staff` namespace: handshake by session cookie, then each event → one service call. */
export function registerStaffHandlers(deps: {
  nsp: StaffNamespace;
  visitorNsp: VisitorNamespace;
  services: Pick<Services, 'auth' | 'consultations' | 'messages' | 'queue' | 'staff'>;
  handle: ReturnType<typeof createHandler>;
  presence: PresenceRegistry;
}): void {
  const { nsp, visitorNsp, services, handle, presence } = deps;

  nsp.use((socket, next) => {
    const token = fastifyCookie.parse(socket.request.headers.cookie ?? '')[SESSION_COOKIE];
    services.auth.authenticate(token).then(
      (staff) => {
        if (!staff || !token) {
          return next(handshakeError(ErrorCode.UNAUTHENTICATED, 'log in first'));
        }
        socket.data.staff = { id: staff.id, displayName: staff.displayName, roles: staff.roles, onDuty: staff.onDuty };
        socket.data.sessionHash = hashToken(token);
        next();
      },
      () => next(handshakeError(ErrorCode.INTERNAL, 'internal error')),
    );
  });

  nsp.on('connection', (socket) => {
    const me = socket.data.staff;
    // The queue carries previews and nicknames: conversation content, which the admin role alone does not read.
    const counsels = canCounsel(me);
    void socket.join([rooms.staff(me.id), ...(counsels ? [rooms.allStaff] : []), rooms.session(socket.data.sessionHash)]);
    presence.addStaff(me.id);
    socket.emit('duty:updated', { onDuty: me.onDuty });
    void services.consultations.listMine(me.id).then(
      (mine) => socket.join(mine.map((c) => rooms.consultation(c.id))),
      () => undefined,
    );
    socket.on('disconnect', () => presence.removeStaff(me.id));

    socket.on(
      'duty:set',
      handle('duty:set', DutySetSchema, async ({ onDuty }) => ({ onDuty: await services.staff.setDuty(me.id, onDuty) })),
    );
    socket.on(
      'queue:list',
      handle('queue:list', Empty, async () => {
        if (!counsels) throw new AppError(ErrorCode.FORBIDDEN, 'only counselors and supervisors see the queue');
        return services.queue.snapshot();
      }),
    );
    socket.on(
      'consultations:list',
      handle('consultations:list', Empty, async () => ({ consultations: await services.consultations.listMine(me.id) })),
    );
    socket.on(
      'consultation:claim',
      handle('consultation:claim', ConsultationRefSchema, async ({ consultationId }) => {
        const result = await services.consultations.claim(me.id, consultationId);
        await socket.join(rooms.consultation(consultationId));
        return result;
      }),
    );
    socket.on(
      'message:send',
      handle('message:send', StaffMessageSendSchema, async ({ consultationId, clientMessageId, body, visibility }) => ({
        message: await services.messages.sendAsStaff(me, consultationId, clientMessageId, body, visibility ?? 'all', socket.id),
      })),
    );
    socket.on(
      'consultation:close',
      handle('consultation:close', ConsultationCloseSchema, async (input) => ({ consultation: await services.consultations.close(me.id, input) })),
    );
    socket.on(
      'messages:sync',
      handle('messages:sync', StaffMessagesSyncSchema, async ({ consultationId, afterSeq }) =>
        services.messages.syncForStaff(me.id, consultationId, afterSeq)),
    );
    socket.on(
      'typing:set',
      handle('typing:set', StaffTypingSetSchema, async ({ consultationId, typing }) => {
        // Only the assignee's typing reaches the visitor: the socket is in the room only while it holds the chat.
        if (socket.rooms.has(rooms.consultation(consultationId))) {
          visitorNsp.to(rooms.consultation(consultationId)).emit('typing:changed', { consultationId, sender: 'staff', typing });
        }
        return {};
      }),
    );
  });
}
