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

/** Esc leaves the page, except while a dialog is open: there Esc closes the dialog and nothing else. */
export function isQuickExitKey(e: KeyInfo, dialogOpen = false): boolean {
  return e.key === 'Escape' && !composing(e) && !dialogOpen;
}

/** Whether a modal or dialog is open in `root` (native `<dialog open>`, or an ARIA dialog that is shown). */
export function hasOpenDialog(root: Pick<Document, 'querySelector'>): boolean {
  return root.querySelector('dialog[open], [role="dialog"]:not([hidden]), [role="alertdialog"]:not([hidden]), [aria-modal="true"]:not([hidden])') !== null;
}

/** Desktop: Enter sends, Shift+Enter is a new line. Touch keyboards: Enter is always a new line. */
export function shouldSendOnEnter(e: KeyInfo, desktop: boolean): boolean {
  return desktop && e.key === 'Enter' && !e.shiftKey && !composing(e);
}
