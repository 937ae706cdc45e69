import { LIMITS } from '@hidamari/shared';
import { useEffect, useRef, type KeyboardEvent, type Ref } from 'react';
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
}

const TYPING_IDLE_MS = 3000;

/** Enter sends, Shift+Enter breaks the line; Enter that confirms a Japanese IME conversion does neither. */
export function Composer({ draft, onDraft, onSend, onTyping, ref }: Props) {
  const { t } = useTranslation('staff');
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

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing || e.keyCode === 229) return;
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
        {draft.note && <span className="st-composer__hint">{t('composer.noteHint')}</span>}
        {body.length > LIMITS.messageBody - 400 && (
          <span className={tooLong ? 'st-error' : 'st-muted'}>{body.length} / {LIMITS.messageBody}</span>
        )}
      </div>
      <div className="st-composer__row">
        <textarea ref={ref} data-testid="chat-input" rows={3} value={draft.text}
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
