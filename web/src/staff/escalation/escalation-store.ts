/**
 * The tab's escalation connection: its own /staff socket, opened while someone is signed in, so supervisors and admins
 * are alerted on every staff page (not only the workspace) and a counselor's chat shows what became of its escalation.
 * Framework-free (the socket is injected) and read through useSyncExternalStore.
 */
import type { ConsultationEscalate, EscalationAct } from '@hidamari/shared';
import { connectStaff, request, type StaffSocket } from '../../lib/socket';
import { escalationReducer, NO_ESCALATIONS, type EscalationAction, type EscalationState } from './escalation.reducer';

const offline = { ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } };

export class EscalationStore {
  private state: EscalationState = NO_ESCALATIONS;
  private socket: StaffSocket | null = null;
  private readonly listeners = new Set<() => void>();
  private me = '';
  private alerting = false;

  constructor(private readonly connect: () => StaffSocket = connectStaff) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = (): EscalationState => this.state;

  private dispatch(action: EscalationAction): void {
    this.state = escalationReducer(this.state, action);
    this.listeners.forEach((l) => l());
  }

  /** Connects for this person; `alerting`: whether open escalations alert here (supervisors and admins). */
  start(me: string, alerting: boolean): void {
    if (this.socket && this.me === me && this.alerting === alerting) return;
    this.stop();
    this.me = me;
    this.alerting = alerting;
    const socket = this.connect();
    this.socket = socket;
    // Every (re)connect: the server's list is the truth (alerts raised while this tab was away come back).
    socket.on('connect', () => {
      void request(socket, 'escalations:list', {}).then((ack) => {
        if (ack.ok) this.dispatch({ type: 'listed', escalations: ack.escalations, me, alerting });
      });
    });
    socket.on('disconnect', (reason) => {
      // Dropped on purpose by the server (a session ended elsewhere): try again later; a dead session fails the handshake.
      if (reason === 'io server disconnect') setTimeout(() => this.socket === socket && socket.connect(), 5000);
    });
    socket.on('escalation:raised', ({ escalation, realert }) => this.dispatch({ type: 'raised', escalation, me, realert: realert === true }));
    socket.on('escalation:updated', ({ escalation }) => this.dispatch({ type: 'updated', escalation }));
  }

  stop(): void {
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
    this.state = NO_ESCALATIONS;
    this.listeners.forEach((l) => l());
  }

  async escalate(input: ConsultationEscalate) {
    if (!this.socket) return offline;
    const ack = await request(this.socket, 'consultation:escalate', input);
    if (ack.ok) this.dispatch({ type: 'raised', escalation: ack.escalation, me: this.me, realert: false });
    return ack;
  }

  async act(kind: 'escalation:ack' | 'escalation:resolve', input: EscalationAct) {
    if (!this.socket) return offline;
    const ack = await request(this.socket, kind, input);
    if (ack.ok) this.dispatch({ type: 'updated', escalation: ack.escalation });
    return ack;
  }
}

/** One per tab. */
export const escalationStore = new EscalationStore();
