import type { EventAck, ReturnKeyChecked, VisitorClientEvents } from '@hidamari/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isolatedText } from '../../lib/invisible-chars';
import { ReferralCard } from '../ReferralCard';
import { dateOf } from '../offers/offer-time';
import { formatResumeCode, looksLikeResumeCode } from '../resume-code';
import { browserStorage } from '../session.storage';
import { useFocusOnMount } from '../use-focus-on-mount';
import type { ReturnLink } from './intake-extras';
import { clearReturnKey } from './return-key.storage';
import { RETURN_NS } from './return.i18n';
import './return.css';

type CheckAck = EventAck<VisitorClientEvents, 'returnKey:check'>;

interface Props {
  /** A key kept on this device (checked at once), or null: the visitor types one. */
  storedKey: string | null;
  timezone: string;
  onCheck(returnKey: string): Promise<CheckAck>;
  link: ReturnLink | null;
  onLink(link: ReturnLink | null): void;
  onClose(): void;
}

type Phase =
  | { step: 'entry'; error?: 'tooShort' | 'notFound' | 'failed' }
  | { step: 'checking'; key: string }
  | { step: 'confirm'; key: string; checked: ReturnKeyChecked }
  | { step: 'declined'; key: string; checked: ReturnKeyChecked }
  | { step: 'gone' }
  | { step: 'failed'; key: string };

/**
 * "Welcome back": what a return key opens, and the visitor's choice every time: continue linked (optionally asking
 * for the same counselor) or start fresh without the key. Never linked silently. The kept referral cards are shown.
 */
export function ReturnWelcome({ storedKey, timezone, onCheck, link, onLink, onClose }: Props) {
  const { t, i18n } = useTranslation(RETURN_NS);
  const [phase, setPhase] = useState<Phase>(storedKey ? { step: 'checking', key: storedKey } : { step: 'entry' });
  const [same, setSame] = useState(false);
  const [typed, setTyped] = useState('');
  const id = useId();
  const live = useRef(true);

  async function check(key: string, stored: boolean) {
    setPhase({ step: 'checking', key });
    const res = await onCheck(key).catch((): CheckAck => ({ ok: false, error: { code: 'INTERNAL', message: 'no answer' } }));
    if (!live.current) return;
    if (res.ok) return setPhase({ step: 'confirm', key, checked: res });
    const unknown = res.error.code === 'NOT_FOUND' || res.error.code === 'INVALID_PAYLOAD';
    if (stored && unknown) {
      // A key that no longer opens anything (forgotten, or its history deleted or expired) is of no use on this device.
      clearReturnKey(browserStorage());
      return setPhase({ step: 'gone' });
    }
    if (stored) return setPhase({ step: 'failed', key });
    setPhase({ step: 'entry', error: unknown ? 'notFound' : 'failed' });
  }

  useEffect(() => {
    live.current = true;
    if (storedKey) void check(storedKey, true);
    return () => {
      live.current = false;
    };
    // Checked once, when the intake opens with a stored key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!looksLikeResumeCode(typed)) return setPhase({ step: 'entry', error: 'tooShort' });
    void check(formatResumeCode(typed), false);
  }

  function forgetDevice() {
    clearReturnKey(browserStorage());
    onLink(null);
    onClose();
  }

  if (link && phase.step === 'confirm') {
    const name = phase.checked.counselorName;
    return (
      <section className="hv-card hv-card--info hv-welcome" aria-labelledby={id} data-testid="return-linked" role="status">
        <h2 id={id} className="visually-hidden">{t('welcome.title')}</h2>
        <p>{link.preferCounselor && name ? t('welcome.linkedWithName', { name: isolatedText(name) }) : t('welcome.linked')}</p>
        <button type="button" className="hv-link-button" data-testid="return-undo" onClick={() => onLink(null)}>{t('welcome.undo')}</button>
      </section>
    );
  }

  switch (phase.step) {
    case 'entry':
      return <KeyEntry typed={typed} onType={setTyped} error={phase.error} onSubmit={submit} onCancel={onClose} />;
    case 'checking':
      return <p className="hv-card hv-welcome" role="status" aria-busy="true" data-testid="return-checking">{t('welcome.checking')}</p>;
    case 'gone':
      return (
        <div className="hv-card hv-card--info hv-welcome" role="status" data-testid="return-gone">
          <p>{t('welcome.storedGone')}</p>
        </div>
      );
    case 'failed':
      return (
        <div className="hv-card hv-welcome" data-testid="return-failed">
          <p className="hv-error" role="alert">{t('welcome.failed')}</p>
          <div className="hv-actions">
            <button type="button" className="hv-button hv-button--small" onClick={() => void check(phase.key, true)}>{t('welcome.retry')}</button>
          </div>
        </div>
      );
    case 'declined':
      return (
        <div className="hv-card hv-welcome" role="status" data-testid="return-declined">
          <p>{t('welcome.declined')}</p>
          <div className="hv-actions">
            <button type="button" className="hv-link-button" onClick={() => setPhase({ ...phase, step: 'confirm' })}>{t('welcome.undo')}</button>
            {storedKey && <button type="button" className="hv-link-button" data-testid="return-forget-device" onClick={forgetDevice}>{t('welcome.forgetDevice')}</button>}
          </div>
        </div>
      );
    case 'confirm': {
      const { checked, key } = phase;
      const name = checked.counselorName ? isolatedText(checked.counselorName) : null;
      const date = dateOf(checked.lastConsultationAt, timezone, i18n.language);
      return (
        <section className="hv-card hv-card--info hv-welcome" aria-labelledby={id} data-testid="return-welcome">
          <h2 id={id}>{t('welcome.title')}</h2>
          <p data-testid="return-welcome-body">{t(checked.previousCount === 1 ? 'welcome.bodyOne' : 'welcome.bodyMany', { n: checked.previousCount })}</p>
          <p>{name ? t('welcome.seenByName', { name }) : t('welcome.seenBy')}</p>
          {date && <p className="hv-hint">{t('welcome.last', { date })}</p>}
          {name && (
            <label className="hv-toggle" data-testid="return-same-counselor">
              <input type="checkbox" checked={same} onChange={(e) => setSame(e.target.checked)} />
              <span>
                <span className="hv-choice__label">{t('welcome.sameCounselor', { name })}</span>
                <span className="hv-hint" style={{ display: 'block' }}>{t('welcome.sameCounselorHint', { name })}</span>
              </span>
            </label>
          )}
          <div className="hv-stack">
            <button
              type="button" className="hv-button hv-button--primary" data-testid="return-continue"
              onClick={() => onLink({ returnKey: key, preferCounselor: same && !!name })}
            >
              {t('welcome.continue')}
            </button>
            <button type="button" className="hv-button" data-testid="return-fresh" onClick={() => setPhase({ step: 'declined', key, checked })}>
              {t('welcome.fresh')}
            </button>
          </div>
          {checked.cards.length > 0 && (
            <div className="hv-welcome__cards" data-testid="return-cards">
              <h3>{t('welcome.cardsTitle')}</h3>
              <ul className="hv-refcards">
                {checked.cards.map((c, i) => <li key={`${c.serviceId}-${i}`}><ReferralCard card={c} headingLevel={4} /></li>)}
              </ul>
            </div>
          )}
        </section>
      );
    }
  }
}

function KeyEntry({ typed, onType, error, onSubmit, onCancel }: {
  typed: string; onType(v: string): void; error?: 'tooShort' | 'notFound' | 'failed'; onSubmit(e: FormEvent): void; onCancel(): void;
}) {
  const { t } = useTranslation(RETURN_NS);
  const id = useId();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <form className="hv-card hv-welcome" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-h`} data-testid="return-entry">
      <h2 id={`${id}-h`} ref={headingRef} tabIndex={-1}>{t('welcome.entryTitle')}</h2>
      <label htmlFor={id}>{t('welcome.entryLabel')}</label>
      <input
        id={id} data-testid="return-key-input" className="hv-input hv-input--code" value={typed} onChange={(e) => onType(e.target.value)}
        autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={40}
        aria-describedby={error ? `${id}-hint ${id}-err` : `${id}-hint`} aria-invalid={!!error}
      />
      <p id={`${id}-hint`} className="hv-hint">{t('welcome.entryHint')}</p>
      {error && <p id={`${id}-err`} className="hv-error" role="alert">{t(`welcome.${error}`)}</p>}
      <div className="hv-actions">
        <button type="button" className="hv-button hv-button--quiet" onClick={onCancel}>{t('welcome.cancel')}</button>
        <button type="submit" className="hv-button" data-testid="return-key-check">{t('welcome.check')}</button>
      </div>
    </form>
  );
}
