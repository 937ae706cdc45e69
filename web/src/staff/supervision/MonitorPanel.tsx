import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { formatInZone } from '../service-status';
import type { Monitored } from './useMonitor';

interface Props {
  chat: Monitored;
  timezone: string;
  onWhisper(body: string): Promise<{ ok: boolean; error?: { code: string } }>;
  onStop(): void;
  onTakeover(): void;
}

/** A monitored chat, read-only, with a composer whose messages reach only the counselor. Esc stops monitoring. */
export function MonitorPanel({ chat, timezone, onWhisper, onStop, onTakeover }: Props) {
  const { t, i18n } = useTranslation('supervision');
  const { t: ts } = useTranslation('staff');
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const headRef = useRef<HTMLHeadingElement>(null);
  const c = chat.consultation;
  const writable = c.status === 'active' && !chat.gone;

  useEffect(() => headRef.current?.focus(), [c.id]);
  useLayoutEffect(() => {
    const el = listRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [chat.messages.length]);

  async function send() {
    const body = text.trim();
    if (!body || sending) return;
    setSending(true);
    setError(null);
    const ack = await onWhisper(body);
    setSending(false);
    if (ack.ok) setText('');
    else setError(errorText(ts, ack.error));
  }

  return (
    <section className="sv-monitor" aria-labelledby="sv-monitor-title" data-testid="monitor-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onStop();
      }}>
      <header className="sv-monitor__head">
        <h2 id="sv-monitor-title" tabIndex={-1} ref={headRef}>{t('panel.title', { who: c.nickname ?? t('anonymous') })}</h2>
        {c.counselorName && <p className="st-muted">{t('panel.counselor', { name: c.counselorName })}</p>}
      </header>
      <p className="sv-monitor__hint">{t('panel.readOnly')}</p>
      {!writable && <p className="st-chat__banner" role="status">{chat.gone ? t('panel.gone') : t('panel.closed')}</p>}
      <ol className="sv-monitor__log" ref={listRef} aria-label={t('panel.transcript')} aria-live="polite">
        {chat.messages.length === 0 && <li className="st-muted">{t('panel.empty')}</li>}
        {chat.messages.map((m) => (
          <li key={m.id} className={`sv-line sv-line--${m.sender}${m.visibility === 'staff' ? ' sv-line--note' : ''}`} data-testid="monitor-message"
            data-visibility={m.visibility}>
            <p className="sv-line__who">
              {m.sender === 'visitor' ? t('panel.visitor') : m.sender === 'system' ? t('panel.system') : m.senderName}
              {m.visibility === 'staff' && <span className="sv-line__tag">{t('panel.staffOnly')}</span>}
              <time dateTime={m.createdAt}>{formatInZone(m.createdAt, timezone, i18n.language, 'time')}</time>
            </p>
            <p className="sv-line__body">{m.body}</p>
          </li>
        ))}
      </ol>
      <p className="st-typing" aria-live="polite">{chat.visitorTyping ? t('panel.typing') : ''}</p>
      {writable && (
        <form className="sv-monitor__whisper" onSubmit={(e) => { e.preventDefault(); void send(); }}>
          <label htmlFor="sv-whisper">{t('panel.whisper')}</label>
          <textarea id="sv-whisper" rows={3} value={text} placeholder={t('panel.whisperPlaceholder')} data-testid="whisper-input"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing) {
                e.preventDefault();
                void send();
              }
            }} />
          {error && <p className="st-error" role="alert">{error}</p>}
          <div className="sv-monitor__buttons">
            <button type="submit" className="st-btn st-btn--primary" disabled={sending || !text.trim()} data-testid="whisper-send">
              {sending ? t('panel.sending') : t('panel.send')}
            </button>
            <button type="button" className="st-btn st-btn--danger" onClick={onTakeover}>{t('takeover')}</button>
            <button type="button" className="st-btn" onClick={onStop}>{t('panel.stop')}</button>
          </div>
        </form>
      )}
      {!writable && <button type="button" className="st-btn" onClick={onStop}>{t('panel.stop')}</button>}
    </section>
  );
}
