import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beep } from '../beep';
import { composeTitle } from '../window-title';

const MUTE_KEY = 'hidamari.staff.muted';

function loadMuted(): boolean {
  try {
    return localStorage.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

/** The sound alert with its remembered mute switch. */
export function useSound(): { muted: boolean; toggleMute(): void; alert(): void } {
  const [muted, setMuted] = useState(loadMuted);
  const mutedRef = useRef(muted);
  useEffect(() => {
    mutedRef.current = muted;
    try {
      localStorage.setItem(MUTE_KEY, muted ? '1' : '0');
    } catch {
      /* the setting lasts for this page */
    }
  }, [muted]);
  const toggleMute = useCallback(() => setMuted((m) => !m), []);
  const alert = useCallback(() => {
    if (!mutedRef.current) beep();
  }, []);
  return { muted, toggleMute, alert };
}

/** Keeps document.title showing what waits, so a background tab still tells. */
export function useWindowTitle(queued: number, unread: number): void {
  const { t } = useTranslation('staff');
  useEffect(() => {
    document.title = composeTitle({ appName: t('appName'), queued, unread, queuedLabel: t('title.queued'), unreadLabel: t('title.unread') });
  }, [t, queued, unread]);
  useEffect(() => () => void (document.title = t('appName')), [t]);
}

/** True while this window is visible and focused: only then does a message count as seen. */
export function useWindowFocused(): boolean {
  const read = () => document.visibilityState === 'visible' && document.hasFocus();
  const [focused, setFocused] = useState(read);
  useEffect(() => {
    const update = () => setFocused(read());
    window.addEventListener('focus', update);
    window.addEventListener('blur', update);
    document.addEventListener('visibilitychange', update);
    return () => {
      window.removeEventListener('focus', update);
      window.removeEventListener('blur', update);
      document.removeEventListener('visibilitychange', update);
    };
  }, []);
  return focused;
}

/** Re-renders every `ms` (the ticking wait clocks). */
export function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
