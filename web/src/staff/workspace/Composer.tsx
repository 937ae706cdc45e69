import { LIMITS, type Locale } from '@hidamari/shared';
import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { CannedPicker } from '../canned/CannedPicker';
import { useTranslation } from 'react-i18next';

export interface Draft {
  text: string;
  note: boolean;
}

interface Props {
  draft: Draft;
  onDraft(draft: Draft): void;
  onSend(body: string, note: boolean): void;
  onTyping(typing: boolean): void;
  ref?: Ref<HTMLTextAreaElement>;
  /** The visitor's language: canned replies are inserted in it. */
  locale?: Locale;
}

const TYPING_IDLE_MS = 3000;

/** Enter sends, Shift+Enter breaks the line; Enter that confirms a Japanese IME conversion does neither. */
export function Composer({ draft, onDraft, onSend, onTyping, ref, locale = 'ja' }: Props) {
  const { t } = useTranslation(['staff', 'canned']);
  const [cannedOpen, setCannedOpen] = useState(false);
  const box = useRef<HTMLTextAreaElement | null>(null);
  const setBox = (el: HTMLTextAreaElement | null) => {
    box.current = el;
    if (typeof ref === 'function') ref(el);
    else if (ref) ref.current = el;
  };
  const typing = useRef(false);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);
  const body = draft.text.trim();
  const tooLong = body.length > LIMITS.messageBody;
  const canSend = body.length > 0 && !tooLong;

  const stopTyping = () => {
    clearTimeout(idle.current);
    if (typing.current) {
      typing.current = false;
      onTyping(false);
    }
  };
  const stopRef = useRef(stopTyping);
  useEffect(() => {
    stopRef.current = stopTyping;
  });
  useEffect(() => () => stopRef.current(), []);

  const change = (text: string) => {
    onDraft({ ...draft, text });
    // Notes are for colleagues: the visitor should not see "typing…" for them.
    if (draft.note) return;
    if (!typing.current) {
      typing.current = true;
      onTyping(true);
    }
    clearTimeout(idle.current);
    idle.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  };

  const send = () => {
    if (!canSend) return;
    stopTyping();
    onSend(body, draft.note);
    onDraft({ ...draft, text: '' });
  };

  /** A canned reply goes into the box at the caret, for editing: never sent from the list. */
  const insert = (text: string) => {
    const el = box.current;
    const at = el ? el.selectionStart : draft.text.length;
    const end = el ? el.selectionEnd : draft.text.length;
    const next = draft.text.slice(0, at) + text + draft.text.slice(end);
    change(next);
    setCannedOpen(false);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + text.length, at + text.length);
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    // "/" at the very start of an empty box, or Ctrl+/ anywhere, opens the canned replies.
    if ((e.key === '/' && e.ctrlKey) || (e.key === '/' && !e.altKey && !e.metaKey && draft.text.length === 0)) {
      e.preventDefault();
      setCannedOpen(true);
      return;
    }
    if (e.key !== 'Enter' || e.shiftKey) return;
    e.preventDefault();
    send();
  };

  return (
    <form className={`st-composer${draft.note ? ' st-composer--note' : ''}`} onSubmit={(e) => (e.preventDefault(), send())}>
      <div className="st-composer__bar">
        <button type="button" className="st-btn st-btn--toggle" data-testid="note-toggle" aria-pressed={draft.note}
          aria-keyshortcuts="Alt+N" onClick={() => { stopTyping(); onDraft({ ...draft, note: !draft.note }); }}>
          {draft.note ? t('composer.noteOn') : t('composer.noteOff')}
        </button>
        <button type="button" className="st-btn st-btn--quiet" data-testid="canned-open" aria-expanded={cannedOpen} aria-keyshortcuts="Control+/"
          onClick={() => setCannedOpen((o) => !o)}>{t('canned:picker.open')}</button>
        {draft.note && <span className="st-composer__hint">{t('composer.noteHint')}</span>}
        {body.length > LIMITS.messageBody - 400 && (
          <span className={tooLong ? 'st-error' : 'st-muted'}>{body.length} / {LIMITS.messageBody}</span>
        )}
      </div>
      <div className="st-composer__row st-canned">
        <CannedPicker open={cannedOpen} locale={locale} onPick={insert} onClose={(refocus) => {
          setCannedOpen(false);
          if (refocus) box.current?.focus();
        }} />
        <textarea ref={setBox} data-testid="chat-input" rows={3} value={draft.text}
          aria-label={draft.note ? t('composer.notePlaceholder') : t('composer.placeholder')}
          placeholder={draft.note ? t('composer.notePlaceholder') : t('composer.placeholder')}
          onChange={(e) => change(e.target.value)} onKeyDown={onKeyDown} onBlur={stopTyping} />
        <button type="submit" className="st-btn st-btn--primary" data-testid="chat-send" disabled={!canSend}>
          {draft.note ? t('composer.saveNote') : t('composer.send')}
        </button>
      </div>
    </form>
  );
}
