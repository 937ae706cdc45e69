/** The parts of a keyboard event these rules read; works for DOM and React events alike. */
export interface KeyInfo {
  key: string;
  shiftKey?: boolean;
  isComposing?: boolean;
  keyCode?: number;
}

/** While a Japanese IME is converting, Enter confirms and Esc cancels the conversion: never act on those. */
function composing(e: KeyInfo): boolean {
  return e.isComposing === true || e.keyCode === 229;
}

export function isQuickExitKey(e: KeyInfo): boolean {
  return e.key === 'Escape' && !composing(e);
}

/** Desktop: Enter sends, Shift+Enter is a new line. Touch keyboards: Enter is always a new line. */
export function shouldSendOnEnter(e: KeyInfo, desktop: boolean): boolean {
  return desktop && e.key === 'Enter' && !e.shiftKey && !composing(e);
}
