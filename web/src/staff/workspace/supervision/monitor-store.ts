import type { Monitor, MonitorChanged } from '@hidamari/shared';

/** Who monitors each of the counselor's chats, as `monitor:changed` last said; read with useSyncExternalStore. */
type Listener = () => void;
const EMPTY: readonly Monitor[] = [];
let byChat = new Map<string, readonly Monitor[]>();
const listeners = new Set<Listener>();

function notify(): void {
  listeners.forEach((l) => l());
}

export const monitorStore = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  of(consultationId: string): readonly Monitor[] {
    return byChat.get(consultationId) ?? EMPTY;
  },
  receive({ consultationId, monitors }: MonitorChanged): void {
    byChat = new Map(byChat).set(consultationId, monitors);
    notify();
  },
  /** After a reconnect the server sends the list again on the next change; until then nothing stale is shown. */
  clear(): void {
    byChat = new Map();
    notify();
  },
};

interface MonitorSocket {
  on(event: 'monitor:changed', listener: (u: MonitorChanged) => void): unknown;
  on(event: 'disconnect', listener: () => void): unknown;
}

/** Feeds the store from the workspace's socket (one line where that socket is set up). */
export function watchMonitors(socket: MonitorSocket): void {
  socket.on('monitor:changed', (u) => monitorStore.receive(u));
  socket.on('disconnect', () => monitorStore.clear());
}
