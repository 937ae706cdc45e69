import type { ConsultationTransfer, ConsultationView, HandoffCompleted, HandoffEnded, HandoffOffered, WireMessage } from '@hidamari/shared';
import { createContext, useContext, useEffect, useMemo, useReducer, useRef, type ReactNode } from 'react';
import { request, type StaffSocket } from '../../../lib/socket';
import { handoffReducer, NO_HANDOFFS, type HandoffState } from './handoff-state';
import { OfferPrompts } from './OfferPrompt';

const offline = { ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } };

function useHandoffState(socket: StaffSocket | null, staffId: string, onAdopt: Props['onAdopt'], onAlert: () => void) {
  const [state, dispatch] = useReducer(handoffReducer, NO_HANDOFFS);
  const alert = useRef(onAlert);
  useEffect(() => void (alert.current = onAlert));

  useEffect(() => {
    if (!socket) return;
    const onOffered = (offer: HandoffOffered) => {
      dispatch({ type: 'offered', offer });
      alert.current();
    };
    const onCompleted = (done: HandoffCompleted) => dispatch({ type: 'completed', done, staffId });
    const ended = (phase: 'declined' | 'expired' | 'cancelled') => (e: HandoffEnded) => dispatch({ type: 'ended', phase, ...e });
    const [onDeclined, onExpired, onCancelled] = [ended('declined'), ended('expired'), ended('cancelled')];
    socket.on('handoff:offered', onOffered);
    socket.on('handoff:completed', onCompleted);
    socket.on('handoff:declined', onDeclined);
    socket.on('handoff:expired', onExpired);
    socket.on('handoff:cancelled', onCancelled);
    return () => {
      socket.off('handoff:offered', onOffered);
      socket.off('handoff:completed', onCompleted);
      socket.off('handoff:declined', onDeclined);
      socket.off('handoff:expired', onExpired);
      socket.off('handoff:cancelled', onCancelled);
    };
  }, [socket, staffId]);

  const actions = useMemo(() => ({
    async transfer(input: ConsultationTransfer, toName?: string) {
      if (!socket) return offline;
      const ack = await request(socket, 'consultation:transfer', input);
      if (ack.ok && ack.status === 'offered') {
        dispatch({ type: 'sent', outgoing: {
          handoffId: ack.handoffId, consultationId: input.consultationId, phase: 'waiting', ...(toName ? { toName } : {}),
          ...(ack.expiresAt ? { expiresAt: ack.expiresAt } : {}),
        } });
      }
      return ack;
    },
    async respond(handoffId: string, accept: boolean) {
      if (!socket) return offline;
      const ack = await request(socket, 'handoff:respond', { handoffId, accept });
      // Answered, or no longer answerable: either way the prompt is done (a refusal it can retry keeps it).
      if (ack.ok) {
        dispatch({ type: 'offer-gone', handoffId });
        if (ack.accepted) onAdopt(ack.consultation, ack.messages);
      } else if (['CONFLICT', 'NOT_FOUND', 'CONSULTATION_CLOSED'].includes(ack.error.code)) dispatch({ type: 'offer-gone', handoffId });
      return ack;
    },
    candidates: () => (socket ? request(socket, 'handoff:candidates', {}) : Promise.resolve(offline)),
    dismiss: (consultationId: string) => dispatch({ type: 'dismiss', consultationId }),
  }), [socket, onAdopt]);

  return { state, ...actions };
}

export type Handoffs = ReturnType<typeof useHandoffState>;
const HandoffCtx = createContext<Handoffs | null>(null);

interface Props {
  socket: StaffSocket | null;
  staffId: string;
  onAdopt(consultation: ConsultationView, messages: WireMessage[]): void;
  onAlert(): void;
  children: ReactNode;
}

/** Hand-offs over the workspace's socket: the sender's state per chat, and the offers waiting for my answer (shown on top). */
export function HandoffProvider({ socket, staffId, onAdopt, onAlert, children }: Props) {
  const value = useHandoffState(socket, staffId, onAdopt, onAlert);
  return (
    <HandoffCtx.Provider value={value}>
      {children}
      <OfferPrompts />
    </HandoffCtx.Provider>
  );
}

export function useHandoffs(): Handoffs {
  const v = useContext(HandoffCtx);
  if (!v) throw new Error('useHandoffs outside HandoffProvider');
  return v;
}

export type { HandoffState };
