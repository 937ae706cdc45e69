import { useCallback, useEffect, useRef, useState } from 'react';
import { shortcutFor } from '../shortcuts';

/** Which tool panel is open beside the chat: one at a time, so the conversation keeps most of the width. */
export type SidePanel = 'history' | 'referral' | null;

function inEditable(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(el.type);
}

/**
 * The open panel, and its shortcuts (Alt+R directory, Alt+Y earlier consultations: open, or close when open). The
 * workspace's own shortcut listener also sees these keys and does nothing with them, so this one does not stop at
 * `defaultPrevented` (which of the two hears a key first depends on mount order).
 */
export function useSidePanel(initial: SidePanel, available: { history: boolean; referral: boolean }) {
  const [panel, setPanel] = useState<SidePanel>(initial);
  // Opened by the counselor (a button, a key) rather than with the chat: only then does focus move into the panel.
  const [byUser, setByUser] = useState(false);
  const toggle = useCallback((p: Exclude<SidePanel, null>) => {
    setByUser(true);
    setPanel((open) => (open === p ? null : p));
  }, []);
  const avail = useRef(available);
  useEffect(() => {
    avail.current = available;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutFor({
        key: e.key, code: e.code, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey,
        isComposing: e.isComposing || e.keyCode === 229, inEditable: inEditable(document.activeElement),
      });
      const want = action?.type === 'open-directory' ? 'referral' : action?.type === 'open-history' ? 'history' : null;
      if (!want || !avail.current[want]) return;
      e.preventDefault();
      toggle(want);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);
  return { panel, byUser, toggle, close: useCallback(() => setPanel(null), []) };
}
