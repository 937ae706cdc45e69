/**
 * The tab's risk connection: its own /staff socket while someone who counsels is signed in, so a `risk:flagged`
 * reaches them on every staff page (a supervisor may be on the team page), and `risk:get` / `risk:set` have a socket
 * wherever the matched words and the level dialog are shown. Framework-free (socket and chime injected), read through
 * useSyncExternalStore, as the escalation store is.
 */
import type { RiskSet } from '@hidamari/shared';
import { connectStaff, request, type StaffSocket } from '../../../lib/socket';
import { beep } from '../../beep';
import { riskAlertsReducer, type RiskAlert, type RiskAlertAction } from './risk.reducer';

const offline = { ok: false as const, error: { code: 'INTERNAL' as const, message: 'offline' } };
/** After the server drops the socket on purpose, ask again after this long (a dead session then fails the handshake). */
const SERVER_DROP_RETRY_MS = 5000;

export class RiskStore {
  private alerts: RiskAlert[] = [];
  private socket: StaffSocket | null = null;
  private readonly listeners = new Set<() => void>();
  private me = '';

  constructor(
    private readonly connect: () => StaffSocket = connectStaff,
    private readonly chime: () => void = beep,
    private readonly now: () => number = Date.now,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = (): readonly RiskAlert[] => this.alerts;

  private dispatch(action: RiskAlertAction): void {
    this.alerts = riskAlertsReducer(this.alerts, action);
    this.listeners.forEach((l) => l());
  }

  start(me: string): void {
    if (this.socket && this.me === me) return;
    this.stop();
    this.me = me;
    const socket = this.connect();
    this.socket = socket;
    socket.on('disconnect', (reason) => {
      if (reason === 'io server disconnect') setTimeout(() => this.socket === socket && socket.connect(), SERVER_DROP_RETRY_MS);
    });
    socket.on('risk:flagged', (flagged) => {
      this.dispatch({ type: 'flagged', flagged, at: this.now() });
      this.chime();
    });
  }

  stop(): void {
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
    this.dispatch({ type: 'clear' });
  }

  dismiss(consultationId: string): void {
    this.dispatch({ type: 'dismiss', consultationId });
  }

  async details(consultationId: string) {
    if (!this.socket) return offline;
    return request(this.socket, 'risk:get', { consultationId });
  }

  async set(input: RiskSet) {
    if (!this.socket) return offline;
    return request(this.socket, 'risk:set', input);
  }
}

/** One per tab. */
export const riskStore = new RiskStore();
