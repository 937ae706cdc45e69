import type { ConsultationView, WireMessage } from '@hidamari/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { connectStaff, request, type StaffSocket } from '../../lib/socket';
import { newClientMessageId } from '../client-id';
import { mergeMessages } from '../message-merge';

export interface Monitored {
  consultation: ConsultationView;
  messages: WireMessage[];
  visitorTyping: boolean;
  /** The chat went to someone else (a take-over by another supervisor, a hand-off): still shown, read-only. */
  gone: boolean;
}

/**
 * The dashboard's own /staff socket: monitoring one chat at a time (read-only, whispers to its counselor), taking over,
 * and news that makes the overview ask again sooner (`onNews`). A reconnect monitors the same chat again.
 */
export function useMonitor(onNews: () => void) {
  const socketRef = useRef<StaffSocket | null>(null);
  const [monitored, setMonitored] = useState<Monitored | null>(null);
  const currentId = useRef<string | null>(null);
  const newsRef = useRef(onNews);
  useEffect(() => {
    newsRef.current = onNews;
  });

  const open = useCallback(async (consultationId: string) => {
    const socket = socketRef.current;
    if (!socket) return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } };
    // One chat at a time: the previous one's counselor is told the monitor left.
    const previous = currentId.current;
    if (previous && previous !== consultationId) void request(socket, 'consultation:unmonitor', { consultationId: previous });
    const ack = await request(socket, 'consultation:monitor', { consultationId });
    if (ack.ok) {
      currentId.current = consultationId;
      setMonitored((m) => ({
        consultation: ack.consultation,
        messages: m?.consultation.id === consultationId ? mergeMessages(m.messages, ack.messages) : ack.messages,
        visitorTyping: false,
        gone: false,
      }));
    }
    return ack;
  }, []);

  useEffect(() => {
    const socket = connectStaff();
    socketRef.current = socket;
    const mine = (id: string) => id === currentId.current;
    socket.on('connect', () => {
      if (currentId.current) void open(currentId.current);
    });
    socket.on('queue:updated', () => newsRef.current());
    socket.on('consultation:updated', ({ consultation }) => {
      newsRef.current();
      if (!mine(consultation.id)) return;
      setMonitored((m) => m && { ...m, consultation, gone: m.gone || consultation.assignedStaffId !== m.consultation.assignedStaffId });
    });
    socket.on('message:created', (message) => {
      if (mine(message.consultationId)) setMonitored((m) => m && { ...m, messages: mergeMessages(m.messages, [message]) });
    });
    socket.on('typing:changed', (c) => {
      if (c.sender === 'visitor' && mine(c.consultationId)) setMonitored((m) => m && { ...m, visitorTyping: c.typing });
    });
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
    };
  }, [open]);

  const stop = useCallback(async () => {
    const id = currentId.current;
    currentId.current = null;
    setMonitored(null);
    if (id && socketRef.current) await request(socketRef.current, 'consultation:unmonitor', { consultationId: id });
  }, []);

  const whisper = useCallback(async (body: string) => {
    const socket = socketRef.current;
    const id = currentId.current;
    if (!socket || !id) return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } };
    const ack = await request(socket, 'message:send', { consultationId: id, clientMessageId: newClientMessageId(), body, visibility: 'staff' });
    if (ack.ok) setMonitored((m) => m && { ...m, messages: mergeMessages(m.messages, [ack.message]) });
    return ack;
  }, []);

  const takeover = useCallback(async (consultationId: string) => {
    const socket = socketRef.current;
    if (!socket) return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } };
    const ack = await request(socket, 'consultation:takeover', { consultationId });
    if (ack.ok && currentId.current === consultationId) {
      currentId.current = null;
      setMonitored(null);
    }
    return ack;
  }, []);

  return { monitored, open, stop, whisper, takeover };
}
