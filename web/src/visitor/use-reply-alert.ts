import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { alertTitle, chime, readSoundPref, unlockSound, writeSoundPref } from './reply-alert';

/**
 * While the page is in the background, each new reply from the counselor shows in the tab's title ("(2) 新しいメッセージ")
 * and, if the visitor turned it on, plays a soft chime. Coming back to the page clears it.
 */
export function useReplyAlert(replies: number): { sound: boolean; setSound(on: boolean): void } {
  const { t } = useTranslation('visitor');
  const [sound, setSoundState] = useState(readSoundPref);
  const seen = useRef(replies);
  const unseen = useRef(0);
  const base = useRef(typeof document === 'undefined' ? '' : document.title);
  const label = useCallback((count: number) => t('chat.newReplyTitle', { count }), [t]);

  useEffect(() => {
    const added = replies - seen.current;
    seen.current = replies;
    if (added <= 0 || !document.hidden) return;
    unseen.current += added;
    document.title = alertTitle(base.current, unseen.current, label);
    if (sound) chime();
  }, [replies, sound, label]);

  useEffect(() => {
    const title = base.current;
    const onVisible = () => {
      if (document.hidden) return;
      unseen.current = 0;
      document.title = title;
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      document.title = title;
    };
  }, []);

  // A choice remembered from an earlier visit: sound may start only after this page's first touch or key.
  useEffect(() => {
    if (!sound) return;
    const unlock = () => unlockSound();
    window.addEventListener('pointerdown', unlock, { once: true });
    window.addEventListener('keydown', unlock, { once: true });
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
  }, [sound]);

  const setSound = useCallback((on: boolean) => {
    if (on) unlockSound();
    writeSoundPref(on);
    setSoundState(on);
  }, []);
  return { sound, setSound };
}
