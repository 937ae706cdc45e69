import { clearReturnKey } from './returning/return-key.storage';
import { browserStorage, clearSession } from './session.storage';

/** A neutral page (a weather search) that looks unremarkable in the history. */
export const QUICK_EXIT_URL = 'https://www.google.com/search?q=%E5%A4%A9%E6%B0%97';

/**
 * Leaves with `replace`, so Back does not return here, and leaves nothing of the conversation readable on this device:
 * the stored token, resume code, unsent messages and any kept return key go first, and the page is blanked at once (the neutral page may
 * take a while on a slow link). The resume code the visitor wrote down brings the conversation back.
 */
export function quickExit(): void {
  clearSession(browserStorage());
  // A return key kept after an earlier chat goes too: its paper copy is what brings the history back.
  clearReturnKey(browserStorage());
  document.body.hidden = true;
  document.title = '';
  window.location.replace(QUICK_EXIT_URL);
}
