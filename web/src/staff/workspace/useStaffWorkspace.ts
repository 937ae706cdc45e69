import type { ConsultationView, Outcome, QueueItem, StaffView, Visibility, WireMessage } from '@hidamari/shared';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import { api } from '../../lib/api';
import { connectStaff, request, type StaffSocket } from '../../lib/socket';
import { newClientMessageId } from '../client-id';
import { lastSeq, missedAfter, type PendingMessage } from '../message-merge';
import { browserOutboxStore } from '../outbox/outbox.storage';
import { StaffOutbox } from '../outbox/staff-outbox';
import { arrivals } from '../queue-wait';
import { loadReadMarks, saveReadMark } from '../read-marks';
import { ReadMarkSender } from '../read-mark-sender';
import { initialWorkspace, workspaceReducer, type WorkspaceState } from '../workspace.reducer';
import { NO_SHIFT_END, shiftEndReducer } from './shift-end';
import { watchMonitors } from './supervision/monitor-store';
import { preferredArrivals } from './preferred/preferred-text';

/** After the server drops the socket on purpose, wait this long before asking again. */
const SERVER_DROP_RETRY_MS = 2000;

export interface WorkspaceOptions {
  /** Whose outbox this is: unsent messages are kept on the device per staff member. */
  staffId: string;
  initialOnDuty: boolean;
  onUnauthenticated(): void;
  /** A new queue item while on duty, or a visitor message in a chat that is not in view. */
  onAlert(): void;
  /** The same moments with what happened, for desktop notifications. */
  onNotify?(event: WorkspaceAlert): void;
}

export type WorkspaceAlert =
  | { kind: 'queue'; items: QueueItem[] }
  /** Chats a returning visitor reserved for this counselor (alerted once each, while on duty). */
  | { kind: 'preferred'; items: QueueItem[] }
  | { kind: 'message'; consultation: ConsultationView; message: WireMessage };

/** The counselor's live state over the /staff socket: queue, own chats, an ordered outbox that survives reloads, resync after reconnects. */
export function useStaffWorkspace(opts: WorkspaceOptions) {
  const [state, dispatch] = useReducer(workspaceReducer, opts.initialOnDuty, initialWorkspace);
  const [shiftEnd, shiftEvent] = useReducer(shiftEndReducer, NO_SHIFT_END);
  const stateRef = useRef<WorkspaceState>(state);
  const optsRef = useRef(opts);
  const socketRef = useRef<StaffSocket | null>(null);
  /** The same socket as state, for features that add their own events (hand-offs): they subscribe once it exists. */
  const [liveSocket, setLiveSocket] = useState<StaffSocket | null>(null);
  const queueIds = useRef<Set<string> | null>(null);
  const preferredAlerted = useRef(new Set<string>());
  useEffect(() => {
    stateRef.current = state;
    optsRef.current = opts;
  });

  const [outbox] = useState(() => new StaffOutbox({
    staffId: opts.staffId,
    storage: browserOutboxStore(),
    newId: newClientMessageId,
    now: () => new Date().toISOString(),
    schedule: (fn, ms) => {
      const t = setTimeout(fn, ms);
      return () => clearTimeout(t);
    },
    connected: () => socketRef.current?.connected ?? false,
    request: (consultationId: string, p: PendingMessage) => {
      const socket = socketRef.current;
      if (!socket) return Promise.resolve({ ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } });
      return request(socket, 'message:send', {
        consultationId, clientMessageId: p.clientMessageId, body: p.body, visibility: p.visibility,
      });
    },
    onSent: (consultationId, message) => dispatch({ type: 'messages', consultationId, messages: [message] }),
  }));
  const pending = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
  useEffect(() => () => outbox.dispose(), [outbox]);
  const [readMarks] = useState(() => new ReadMarkSender({
    // A refusal (the chat was taken over meanwhile) changes nothing on this screen: the ack is not awaited.
    send: (consultationId, upToSeq) => socketRef.current?.emit('messages:read', { consultationId, upToSeq }, () => undefined),
    now: () => Date.now(),
    schedule: (fn, ms) => {
      const t = setTimeout(fn, ms);
      return () => clearTimeout(t);
    },
  }));
  useEffect(() => () => readMarks.dispose(), [readMarks]);

  /** Committed messages: into the transcript, and out of the outbox. */
  const receive = useCallback((consultationId: string, messages: WireMessage[]) => {
    dispatch({ type: 'messages', consultationId, messages });
    outbox.settle(consultationId, messages);
  }, [outbox]);

  const syncMessages = useCallback(async (socket: StaffSocket, consultationId: string, afterSeq: number) => {
    // Pages of up to 1,000: keep asking from the last seq while the server says there is more.
    for (let after = afterSeq; ; ) {
      const ack = await request(socket, 'messages:sync', { consultationId, afterSeq: after });
      if (!ack.ok) return;
      receive(consultationId, ack.messages);
      const last = ack.messages.at(-1);
      if (!ack.hasMore || !last) return;
      after = last.seq;
    }
  }, [receive]);

  useEffect(() => {
    const socket = connectStaff();
    socketRef.current = socket;
    setLiveSocket(socket);

    const takeQueue = (items: QueueItem[], total = items.length) => {
      const prev = queueIds.current;
      const arrived = prev && stateRef.current.onDuty ? arrivals(prev, items) : [];
      // A chat reserved for me tells me once, also on the first list (I came on duty or reloaded while it waits).
      const forMe = stateRef.current.onDuty ? preferredArrivals(items, optsRef.current.staffId, preferredAlerted.current) : [];
      for (const i of forMe) preferredAlerted.current.add(i.consultationId);
      if (arrived.length > 0 || forMe.length > 0) optsRef.current.onAlert();
      if (forMe.length > 0) optsRef.current.onNotify?.({ kind: 'preferred', items: forMe });
      else if (arrived.length > 0) {
        optsRef.current.onNotify?.({ kind: 'queue', items: items.filter((i) => arrived.includes(i.consultationId)) });
      }
      queueIds.current = new Set(items.map((i) => i.consultationId));
      dispatch({ type: 'queue', items, total });
    };

    // Every (re)connect: the server is the truth for duty, queue and which chats are mine; then fill gaps and re-send.
    const resync = async () => {
      api<{ staff: StaffView }>('GET', '/api/me')
        .then((r) => dispatch({ type: 'duty', onDuty: r.staff.onDuty }))
        .catch((err: unknown) => {
          if (err instanceof Error && 'code' in err && err.code === 'UNAUTHENTICATED') optsRef.current.onUnauthenticated();
        });
      const [queue, mine] = await Promise.all([
        request(socket, 'queue:list', {}),
        request(socket, 'consultations:list', {}),
      ]);
      if (queue.ok) takeQueue(queue.items, queue.total);
      if (!mine.ok) return;
      dispatch({ type: 'listed', consultations: mine.consultations, readMarks: loadReadMarks() });
      const held = stateRef.current.chats;
      // Unsent messages of chats that are no longer mine cannot go out: forget them (also after a reload).
      outbox.retain(new Set([...Object.keys(held), ...mine.consultations.map((c) => c.id)]));
      await Promise.all(mine.consultations.map((c) => syncMessages(socket, c.id, lastSeq(held[c.id]?.messages ?? []))));
      // The syncs settled what did arrive before the drop; the rest goes now, in the order it was written.
      outbox.flush(mine.consultations.map((c) => c.id));
    };

    socket.on('connect', () => {
      dispatch({ type: 'connection', status: 'online' });
      readMarks.reset();
      void resync();
    });
    let retry: ReturnType<typeof setTimeout> | undefined;
    socket.on('disconnect', (reason) => {
      dispatch({ type: 'connection', status: 'offline' });
      // The server dropped us on purpose (session ended, or it could not set the socket up): socket.io does not retry
      // by itself. Ask again after a pause; an ended session then fails the handshake and leads to the login page.
      if (reason === 'io server disconnect') {
        clearTimeout(retry);
        retry = setTimeout(() => {
          if (!socket.connected) socket.connect();
        }, SERVER_DROP_RETRY_MS);
      }
    });
    socket.on('connect_error', (err) => {
      if (err.message === 'UNAUTHENTICATED') {
        socket.disconnect();
        optsRef.current.onUnauthenticated();
      } else dispatch({ type: 'connection', status: 'offline' });
    });
    socket.on('queue:updated', ({ items, total }) => takeQueue(items, total));
    socket.on('message:created', (m) => {
      const s = stateRef.current;
      const chat = s.chats[m.consultationId];
      if (!chat) return;
      const missed = missedAfter(chat.messages, m);
      receive(m.consultationId, [m]);
      if (missed !== null) void syncMessages(socket, m.consultationId, missed);
      const inView = s.activeId === m.consultationId && document.visibilityState === 'visible' && document.hasFocus();
      if (m.sender === 'visitor' && !inView) {
        optsRef.current.onAlert();
        optsRef.current.onNotify?.({ kind: 'message', consultation: chat.consultation, message: m });
      }
    });
    socket.on('consultation:updated', ({ consultation }) => dispatch({ type: 'updated', consultation }));
    socket.on('typing:changed', (c) => {
      if (c.sender === 'visitor') dispatch({ type: 'typing', consultationId: c.consultationId, typing: c.typing });
    });
    socket.on('duty:updated', ({ onDuty }) => dispatch({ type: 'duty', onDuty }));
    socket.on('visitor:presence', ({ consultationId, connected, since }) => dispatch({ type: 'presence', consultationId, connected, since }));
    watchMonitors(socket);
    socket.on('shift:ending', (ending) => shiftEvent({ type: 'ending', ending }));
    socket.on('shift:ended', (ended) => shiftEvent({ type: 'ended', ended }));
    return () => {
      clearTimeout(retry);
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
      setLiveSocket(null);
    };
  }, [outbox, receive, syncMessages, readMarks]);

  const actions = useMemo(() => {
    const socket = () => socketRef.current;
    return {
      async setDuty(onDuty: boolean) {
        const s = socket();
        if (!s) return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } };
        const ack = await request(s, 'duty:set', { onDuty });
        if (ack.ok) dispatch({ type: 'duty', onDuty: ack.onDuty });
        if (ack.ok && ack.onDuty) shiftEvent({ type: 'on-duty' });
        return ack;
      },
      async claim(consultationId: string) {
        const s = socket();
        if (!s) return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } };
        const ack = await request(s, 'consultation:claim', { consultationId });
        if (ack.ok) {
          dispatch({ type: 'claimed', consultation: ack.consultation, messages: ack.messages });
          // A message may have landed between the claim and joining the room: fetch anything after the ack.
          void syncMessages(s, consultationId, lastSeq(ack.messages));
        } else if (ack.error.code === 'ALREADY_CLAIMED') dispatch({ type: 'queue-item-gone', consultationId });
        // The end may have been announced while this page was away: the refusal is news enough to ask for hand-overs.
        else if (ack.error.code === 'SHIFT_ENDED') shiftEvent({ type: 'ended' });
        return ack;
      },
      /** Back to the front of the queue with an optional staff-only note (the hand-over at a shift's end). */
      async handover(consultationId: string, note: string) {
        const s = socket();
        if (!s) return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } };
        return request(s, 'consultation:handover', { consultationId, ...(note.trim() ? { note: note.trim() } : {}) });
      },
      /** The consultation's trail (the timeline beside the chat). */
      async timeline(consultationId: string) {
        const s = socket();
        if (!s) return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } };
        return request(s, 'consultation:timeline', { consultationId });
      },
      /** The earlier consultations linked to this one (the history panel beside the chat). */
      async history(consultationId: string) {
        const s = socket();
        if (!s) return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } };
        return request(s, 'consultation:history', { consultationId });
      },
      /** One page of a transcript by id, read-only (an earlier consultation of the history; not put in the tabs). */
      async transcriptPage(consultationId: string, afterSeq: number) {
        const s = socket();
        if (!s) return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } };
        return request(s, 'messages:sync', { consultationId, afterSeq });
      },
      /** A directory entry as a card message; the committed card goes into the transcript at once. */
      async sendReferral(consultationId: string, serviceId: string) {
        const s = socket();
        if (!s) return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } };
        const ack = await request(s, 'referral:send', { consultationId, serviceId });
        if (ack.ok) receive(consultationId, [ack.message]);
        return ack;
      },
      /** A chat that became mine other than by a claim (a hand-off accepted): into the tabs, then anything after the ack. */
      adopt(consultation: ConsultationView, messages: WireMessage[]) {
        dispatch({ type: 'claimed', consultation, messages });
        const s = socket();
        if (s) void syncMessages(s, consultation.id, lastSeq(messages));
      },
      dismissShiftEnding: () => shiftEvent({ type: 'dismiss-ending' }),
      putShiftEndAside: () => shiftEvent({ type: 'aside' }),
      /** Queued in the outbox (kept across reloads) and sent after any earlier unsent ones of this chat. */
      send(consultationId: string, body: string, visibility: Visibility) {
        outbox.add(consultationId, body, visibility);
      },
      retry(consultationId: string, clientMessageId: string) {
        outbox.retry(consultationId, clientMessageId);
      },
      async close(consultationId: string, outcome: Outcome | undefined, tags: string[]) {
        const s = socket();
        if (!s) return { ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } };
        const ack = await request(s, 'consultation:close', {
          consultationId, ...(outcome ? { outcome } : {}), ...(tags.length ? { tags } : {}),
        });
        if (ack.ok) dispatch({ type: 'updated', consultation: ack.consultation });
        return ack;
      },
      setTyping(consultationId: string, typing: boolean) {
        socket()?.emit('typing:set', { consultationId, typing });
      },
      activate: (consultationId: string) => dispatch({ type: 'activate', consultationId }),
      /** Called while the chat's newest messages are on screen in the focused window: the visitor is told they were read. */
      markRead(consultationId: string) {
        dispatch({ type: 'mark-read', consultationId });
        const chat = stateRef.current.chats[consultationId];
        const seq = lastSeq(chat?.messages ?? []);
        if (seq > 0) saveReadMark(consultationId, seq);
        // Only the assignee's mark counts; a chat no longer mine is not marked.
        if (chat && !chat.released && chat.consultation.assignedStaffId === opts.staffId && seq > 0) readMarks.mark(consultationId, seq);
      },
      dismiss(consultationId: string) {
        dispatch({ type: 'dismiss', consultationId });
        outbox.retain(new Set(Object.keys(stateRef.current.chats).filter((id) => id !== consultationId)));
      },
    };
  }, [outbox, syncMessages, readMarks, opts.staffId, receive]);

  return { state, pending, shiftEnd, socket: liveSocket, ...actions };
}

export type WorkspaceApi = ReturnType<typeof useStaffWorkspace>;
