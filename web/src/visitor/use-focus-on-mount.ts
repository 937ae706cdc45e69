import { useEffect, useRef } from 'react';

/**
 * Moves focus to the returned element (a heading with tabIndex -1) when it mounts, but only if focus was
 * lost with the previous view: a visitor typing in the composer is never pulled away.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !document.contains(active)) ref.current?.focus();
  }, []);
  return ref;
}
