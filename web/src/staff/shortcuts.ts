/** Keyboard shortcuts of the workspace, decided without a DOM so they can be tested. */
export type ShortcutAction =
  | { type: 'switch-chat'; index: number }
  | { type: 'take-next' }
  | { type: 'toggle-note' }
  | { type: 'focus-queue' }
  | { type: 'focus-composer' }
  /** Issue 12: the panels beside the chat (the directory search, a returning visitor's earlier consultations). */
  | { type: 'open-directory' }
  | { type: 'open-history' }
  | { type: 'help' };

export interface KeyInput {
  key: string;
  /** Physical key (`KeyT`, `Digit1`): layout-independent, and unaffected by macOS Option characters. */
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** An IME is composing (Japanese input): every key belongs to the IME. */
  isComposing: boolean;
  /** Focus is in a text field, where printable keys are text. */
  inEditable: boolean;
}

/** Shown in the help popover; `keys` are display labels. */
export const SHORTCUTS = [
  { keys: 'Alt+1…9', action: 'switchChat' },
  { keys: 'Alt+T', action: 'takeNext' },
  { keys: 'Alt+N', action: 'toggleNote' },
  { keys: 'Alt+Q', action: 'focusQueue' },
  { keys: 'Alt+M', action: 'focusComposer' },
  { keys: 'Alt+R', action: 'openDirectory' },
  { keys: 'Alt+Y', action: 'openHistory' },
  { keys: 'Enter', action: 'send' },
  { keys: 'Shift+Enter', action: 'newline' },
  { keys: '?', action: 'help' },
] as const;

const ALT_LETTERS: Record<string, ShortcutAction> = {
  KeyT: { type: 'take-next' },
  KeyN: { type: 'toggle-note' },
  KeyQ: { type: 'focus-queue' },
  KeyM: { type: 'focus-composer' },
  // R for referral; Y (履歴, rireki) because Alt+H opens the History menu in Firefox and Alt+D the address bar.
  KeyR: { type: 'open-directory' },
  KeyY: { type: 'open-history' },
};

/**
 * Alt+key works everywhere, also while typing: Alt+letter types nothing on Windows and Linux.
 * Ctrl+Alt is AltGr on many layouts (it types characters), so it is left alone, as is Alt+Shift.
 * `?` is text inside a field, so it only opens help elsewhere.
 */
export function shortcutFor(e: KeyInput): ShortcutAction | null {
  if (e.isComposing || e.ctrlKey || e.metaKey) return null;
  if (e.altKey) {
    if (e.shiftKey) return null;
    const digit = /^Digit([1-9])$/.exec(e.code);
    if (digit) return { type: 'switch-chat', index: Number(digit[1]) - 1 };
    return ALT_LETTERS[e.code] ?? null;
  }
  if (e.key === '?' && !e.inEditable) return { type: 'help' };
  return null;
}
