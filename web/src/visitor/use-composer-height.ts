import { useLayoutEffect, type RefObject } from 'react';

/**
 * Publishes the composer's height as `--hv-composer-h` on the page, so whatever scrolls "to the end" stops above the
 * composer (it is sticky at the bottom and would otherwise cover the newest message and its status).
 */
export function useComposerHeight(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const set = () => root.style.setProperty('--hv-composer-h', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    set();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(set);
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--hv-composer-h');
    };
  }, [ref]);
}
