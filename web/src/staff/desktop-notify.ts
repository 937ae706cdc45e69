/**
 * Desktop notifications (the Notification API) beside the sound and the title. Permission is asked only when the
 * counselor chooses to (the prompt shown on going on duty, or the toggle), never on page load; a denial is final
 * here (the browser's setting decides), and "later" hides the prompt on this device.
 */
export type NotifyPermission = 'unsupported' | 'default' | 'granted' | 'denied';

export interface NotifyState {
  permission: NotifyPermission;
  /** The counselor's own switch (kept on this device); only counts while permission is granted. */
  enabled: boolean;
  /** They answered the prompt with "later". */
  dismissed: boolean;
}

export interface NotifyApi {
  permission(): NotifyPermission;
  request(): Promise<NotificationPermission>;
  show(title: string, opts: { body: string; tag: string; onClick(): void }): void;
}

export interface NotifyStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

const ENABLED_KEY = 'hidamari.staff.notify';
const DISMISSED_KEY = 'hidamari.staff.notifyPrompt';

export class DesktopNotifier {
  private state: NotifyState;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly api: NotifyApi, private readonly store: NotifyStore) {
    this.state = { permission: api.permission(), enabled: store.get(ENABLED_KEY) !== '0', dismissed: store.get(DISMISSED_KEY) === '1' };
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getSnapshot = (): NotifyState => this.state;

  /** Show the "use desktop notifications?" prompt: on duty, not yet asked, not put off. */
  shouldPrompt(onDuty: boolean): boolean {
    return onDuty && this.state.permission === 'default' && !this.state.dismissed;
  }

  /** Whether notifications go out now. */
  active(): boolean {
    return this.state.permission === 'granted' && this.state.enabled;
  }

  /** The counselor asked for them (a click: browsers only ask on a user gesture). */
  async ask(): Promise<void> {
    if (this.state.permission !== 'default') return;
    const answer = await this.api.request().catch(() => 'denied' as const);
    this.set({ permission: answer === 'default' ? 'default' : answer, enabled: answer === 'granted' ? true : this.state.enabled });
    if (answer === 'granted') this.store.set(ENABLED_KEY, '1');
  }

  later(): void {
    this.store.set(DISMISSED_KEY, '1');
    this.set({ dismissed: true });
  }

  /** The header's switch: asks first when the browser has not been asked yet. */
  async toggle(): Promise<void> {
    if (this.state.permission === 'default') return this.ask();
    if (this.state.permission !== 'granted') return;
    const enabled = !this.state.enabled;
    this.store.set(ENABLED_KEY, enabled ? '1' : '0');
    this.set({ enabled });
  }

  notify(title: string, body: string, tag: string, onClick: () => void): void {
    if (!this.active()) return;
    this.api.show(title, { body, tag, onClick });
  }

  private set(patch: Partial<NotifyState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((fn) => fn());
  }
}

/** The browser's Notification API, or a stand-in that says it is unsupported. */
export function browserNotifyApi(): NotifyApi {
  const N = typeof window !== 'undefined' && 'Notification' in window ? window.Notification : undefined;
  return {
    permission: () => (N ? N.permission : 'unsupported'),
    request: () => (N ? N.requestPermission() : Promise.resolve('denied')),
    show(title, { body, tag, onClick }) {
      if (!N) return;
      try {
        const n = new N(title, { body, tag });
        n.onclick = () => {
          window.focus();
          onClick();
          n.close();
        };
      } catch {
        /* some browsers allow notifications only from a service worker: the sound and title still tell */
      }
    },
  };
}

export function browserNotifyStore(): NotifyStore {
  return {
    get: (k) => {
      try {
        return localStorage.getItem(k);
      } catch {
        return null;
      }
    },
    set: (k, v) => {
      try {
        localStorage.setItem(k, v);
      } catch {
        /* lasts for this page */
      }
    },
  };
}
