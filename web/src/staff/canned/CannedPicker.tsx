import type { CannedReply, Locale } from '@hidamari/shared';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cannedText, filterCanned } from './canned-filter';
import { useCannedReplies } from './canned-api';

interface Props {
  open: boolean;
  locale: Locale;
  onPick(text: string): void;
  /** `refocus`: back to the message box (Esc), not when focus moved elsewhere on purpose. */
  onClose(refocus: boolean): void;
}

/**
 * The canned-reply list above the composer: a combobox (filter box + listbox). ↑/↓ choose, Enter puts the text
 * into the message box for editing, Esc closes; nothing is ever sent from here.
 */
export function CannedPicker({ open, locale, onPick, onClose }: Props) {
  const { t } = useTranslation('canned');
  const replies = useCannedReplies(open);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  useEffect(() => {
    if (!open) return;
    setQuery('');
    setIndex(0);
    input.current?.focus();
  }, [open]);
  if (!open) return null;

  const all = replies.data ?? [];
  const shown = filterCanned(all, query);
  const current = shown[Math.min(index, shown.length - 1)];
  const pick = (r: CannedReply | undefined) => r && onPick(cannedText(r, locale));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = shown.length;
      if (n) setIndex((i) => (Math.min(i, n - 1) + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(current);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose(true);
    }
  };

  return (
    <div className="st-canned__panel" data-testid="canned-picker">
      <input ref={input} className="st-canned__filter" role="combobox" aria-expanded="true" aria-controls={listId} aria-autocomplete="list"
        aria-label={t('picker.label')} placeholder={t('picker.placeholder')} value={query} data-testid="canned-filter"
        aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
        onChange={(e) => (setQuery(e.target.value), setIndex(0))} onKeyDown={onKeyDown} onBlur={(e) => {
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget)) onClose(false);
        }} />
      {replies.isPending ? (
        <p className="st-muted" role="status">{t('loading')}</p>
      ) : replies.isError ? (
        <p className="st-error" role="alert">{t('loadFailed')} <button type="button" className="st-btn st-btn--link" onClick={() => void replies.refetch()}>{t('retry')}</button></p>
      ) : all.length === 0 ? (
        <p className="st-muted">{t('picker.none')} <Link to="/staff/canned">{t('picker.manage')}</Link></p>
      ) : shown.length === 0 ? (
        <p className="st-muted" role="status">{t('picker.empty')}</p>
      ) : (
        <ul className="st-canned__list" role="listbox" id={listId} aria-label={t('title')}>
          {shown.map((r) => (
            <li key={r.id} id={`${listId}-${r.id}`} role="option" aria-selected={r === current} className="st-canned__item" data-testid="canned-option"
              onMouseDown={(e) => e.preventDefault()} onClick={() => pick(r)}>
              <span className="st-canned__key">{r.shortcut ? `/${r.shortcut}` : t(`picker.${r.scope}`)}</span>
              <span className="st-canned__title">{r.title}</span>
              <span className="st-canned__body">{cannedText(r, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
