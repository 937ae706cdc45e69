import { useSyncExternalStore } from 'react';

/** The visitor app's pages: `/` (intake and the consultation) and `/offers`. */
export const OFFERS_PATH = '/offers';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** The page's path, following in-app navigation and Back/Forward. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname, () => '/');
}

/**
 * Moves within the visitor app without a reload: a consultation on screen (its socket, a closed chat's token kept in
 * memory only) is still there on the way back.
 */
export function navigate(path: string): void {
  if (window.location.pathname === path) return;
  window.history.pushState({ hvInApp: true }, '', path);
  window.scrollTo(0, 0);
  notify();
}

/** Back to where the visitor came from inside the app, or home when the page was opened directly. */
export function goBack(): void {
  const state: unknown = window.history.state;
  if (typeof state === 'object' && state !== null && 'hvInApp' in state) window.history.back();
  else navigate('/');
}
