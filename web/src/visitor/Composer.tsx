import { LIMITS } from '@hidamari/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shouldSendOnEnter } from './keyboard';
import { TypingNotifier } from './typing-notifier';
import { useComposerHeight } from './use-composer-height';

const WARN_FROM = LIMITS.messageBody - 500;

function isDesktop(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(hover: hover) and (pointer: fine)').matches;
}

interface Props {
  onSend(body: string): void;
  onTyping(typing: boolean): void;
}

export function Composer({ onSend, onTyping }: Props) {
  const { t } = useTranslation('visitor');
  const [text, setText] = useState('');
  const [desktop] = useState(isDesktop);
  const notifier = useRef<TypingNotifier | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  useComposerHeight(form);
  useEffect(() => {
    const n = new TypingNotifier(onTyping);
    notifier.current = n;
    return () => n.stop();
  }, [onTyping]);

  const length = text.trim().length;
  const over = length > LIMITS.messageBody;

  function send(e?: FormEvent) {
    e?.preventDefault();
    if (length === 0 || over) return;
    onSend(text);
    setText('');
    notifier.current?.stop();
    input.current?.focus();
  }

  return (
    <form ref={form} className="hv-composer" onSubmit={send}>
      <label htmlFor={`${id}-input`} className="visually-hidden">{t('chat.inputLabel')}</label>
      <textarea
        ref={input}
        id={`${id}-input`}
        data-testid="chat-input"
        className="hv-input hv-composer__input"
        value={text}
        placeholder={t('chat.placeholder')}
        rows={2}
        aria-describedby={`${id}-help`}
        aria-invalid={over}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim()) notifier.current?.input();
          else notifier.current?.stop();
        }}
        onKeyDown={(e) => {
          const key = { key: e.key, shiftKey: e.shiftKey, isComposing: e.nativeEvent.isComposing, keyCode: e.keyCode };
          if (shouldSendOnEnter(key, desktop)) send(e);
        }}
      />
      <button type="submit" className="hv-button hv-button--primary hv-composer__send" data-testid="chat-send" disabled={length === 0 || over}>
        {t('chat.send')}
      </button>
      <div id={`${id}-help`} className="hv-composer__help">
        {desktop && <span className="hv-hint">{t('chat.enterHint')}</span>}
        {length > WARN_FROM && (
          <span className={over ? 'hv-error' : 'hv-hint'} aria-live="polite" data-testid="char-count">
            {over ? t('chat.tooLong', { count: length - LIMITS.messageBody }) : t('chat.remaining', { count: LIMITS.messageBody - length })}
          </span>
        )}
      </div>
    </form>
  );
}
