import { useEffect, useRef } from 'react';

/**
 * Keeps a native modal <dialog> in step with `open` (Esc cancels, focus stays inside, the page behind is inert).
 * `onOpen` runs each time it opens, to reset the form; it is read at that moment, so it need not be stable.
 */
export function useModalDialog(open: boolean, onOpen?: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      onOpenRef.current?.();
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);
  return ref;
}
