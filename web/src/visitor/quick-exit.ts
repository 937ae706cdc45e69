/** A neutral page (a weather search) that looks unremarkable in the history. */
export const QUICK_EXIT_URL = 'https://www.google.com/search?q=%E5%A4%A9%E6%B0%97';

/** Leaves with `replace`, so Back does not return here. Nothing is cleared: the visitor can come back. */
export function quickExit(): void {
  window.location.replace(QUICK_EXIT_URL);
}
