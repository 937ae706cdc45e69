import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../shortcuts';

/** The list of keyboard shortcuts; Esc or the button closes it and focus returns to the opener. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation('staff');
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && closeRef.current();
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      opener?.focus();
    };
  }, [open]);
  if (!open) return null;
  return (
    <div className="st-popover" role="dialog" aria-labelledby="st-help-title" ref={ref} tabIndex={-1}>
      <h2 id="st-help-title">{t('help.title')}</h2>
      <dl className="st-keys">
        {SHORTCUTS.map((s) => (
          <div key={s.keys}>
            <dt><kbd>{s.keys}</kbd></dt>
            <dd>{t(`help.${s.action}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="st-muted">{t('help.note')}</p>
      <button type="button" className="st-btn" onClick={onClose}>{t('common.close')}</button>
    </div>
  );
}
