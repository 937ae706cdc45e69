import { useState, useSyncExternalStore } from 'react';
import { browserNotifyApi, browserNotifyStore, DesktopNotifier } from '../desktop-notify';

/** One notifier per workspace, read through its snapshot. */
export function useDesktopNotifier() {
  const [notifier] = useState(() => new DesktopNotifier(browserNotifyApi(), browserNotifyStore()));
  const state = useSyncExternalStore(notifier.subscribe, notifier.getSnapshot);
  return { notifier, state };
}

/** The page is not what the counselor is looking at: another window or browser tab is in front. */
export const inBackground = (): boolean => document.visibilityState !== 'visible' || !document.hasFocus();
