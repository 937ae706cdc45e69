import {
  LIMITS, TOPICS, type Audience, type ConsultationStart, type EventAck, type FamilyIntake, type ServiceStatus, type Topic, type VisitorClientEvents,
} from '@hidamari/shared';
import { lazy, Suspense, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from './ChoiceGroup';
import { OffHoursNotice } from './OffHoursNotice';
import { OpenBadge } from './OpenBadge';
import { OffersLink } from './offers/OffersLink';
import { ResumeForm } from './ResumeForm';
import { intakeExtras, type ReturnLink } from './returning/intake-extras';
import { readReturnKey } from './returning/return-key.storage';
import { browserStorage } from './session.storage';
import { useFocusOnMount } from './use-focus-on-mount';
import { errorKey } from './visitor-text';
import type { ActionResult, VisitorSnapshot } from './visitor-store';

// Issue 12's intake parts are chunks of their own: most visitors have no key and are not family members.
const ReturnWelcome = lazy(() => import('./returning/ReturnWelcome').then((m) => ({ default: m.ReturnWelcome })));
const FamilyIntakeFields = lazy(() => import('./returning/FamilyIntakeFields').then((m) => ({ default: m.FamilyIntakeFields })));

interface Props {
  status: ServiceStatus | null;
  notice: VisitorSnapshot['notice'];
  onStart(input: ConsultationStart): Promise<ActionResult>;
  onResume(code: string): Promise<ActionResult>;
  onCheckReturnKey(returnKey: string): Promise<EventAck<VisitorClientEvents, 'returnKey:check'>>;
}

export function IntakeView({ status, notice, onStart, onResume, onCheckReturnKey }: Props) {
  const { t, i18n } = useTranslation('visitor');
  const [audience, setAudience] = useState<Audience | null>(null);
  const [topic, setTopic] = useState<Topic | null>(null);
  const [nickname, setNickname] = useState('');
  const [message, setMessage] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [resuming, setResuming] = useState(false);
  // A key kept on this device after an earlier chat: the welcome back asks, every time, before anything is linked.
  const [storedKey] = useState(() => readReturnKey(browserStorage()));
  const [returning, setReturning] = useState(storedKey !== null);
  const [link, setLink] = useState<ReturnLink | null>(null);
  const [family, setFamily] = useState<FamilyIntake>({});
  const returnOpenRef = useRef<HTMLButtonElement>(null);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const audienceRef = useRef<HTMLFieldSetElement>(null);
  const topicRef = useRef<HTMLFieldSetElement>(null);
  const resumeOpenRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  // Counted as the field and the server count (UTF-16 units), so the number reaches the limit exactly where typing stops.
  const nickLength = nickname.length;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setChecked(true);
    if (!audience) return audienceRef.current?.focus();
    if (!topic) return topicRef.current?.focus();
    setBusy(true);
    setError(null);
    const res = await onStart({
      audience,
      topic,
      nickname: nickname.trim() || undefined,
      message: message.trim() || undefined,
      locale: i18n.language === 'en' ? 'en' : 'ja',
      ...intakeExtras(audience, link, family),
    });
    // On success this view is replaced by the consultation.
    if (!res.ok) {
      setError(link && res.code === 'NOT_FOUND' ? 'errors.returnKeyGone' : errorKey('start', res.code));
      setBusy(false);
    }
  }

  function closeReturn() {
    setReturning(false);
    setLink(null);
    requestAnimationFrame(() => returnOpenRef.current?.focus());
  }

  function closeResume() {
    setResuming(false);
    requestAnimationFrame(() => resumeOpenRef.current?.focus());
  }

  return (
    <div className="hv-intake">
      <h1 ref={headingRef} tabIndex={-1}>{t('intake.title')}</h1>
      {status?.open && <OpenBadge status={status} />}
      {/* The center's own welcome while open; the page's words while the hours are unknown or closed. */}
      <p className="hv-lead" data-testid="intake-lead">{status?.open && status.message ? status.message : t('intake.lead')}</p>
      {notice === 'sessionEnded' && <p className="hv-card hv-card--info" role="status">{t('intake.sessionEnded')}</p>}
      {status && !status.open && <OffHoursNotice status={status} />}
      {returning ? (
        <Suspense fallback={<p className="hv-card" aria-busy="true">…</p>}>
          <ReturnWelcome
            storedKey={storedKey} timezone={status?.timezone ?? 'Asia/Tokyo'} onCheck={onCheckReturnKey} link={link} onLink={setLink}
            onClose={closeReturn}
          />
        </Suspense>
      ) : (
        <button ref={returnOpenRef} type="button" className="hv-link-button hv-return-open" data-testid="return-open" onClick={() => setReturning(true)}>
          {t('returnKey.open')}
        </button>
      )}

      <form className="hv-card hv-form" onSubmit={submit} noValidate>
        <ChoiceGroup<Audience>
          ref={audienceRef}
          name="audience"
          legend={t('intake.audienceLegend')}
          testIdPrefix="intake-audience"
          choices={(['self', 'family'] as const).map((v) => ({ value: v, label: t(`intake.audience.${v}`), hint: t(`intake.audienceHint.${v}`) }))}
          value={audience}
          onChange={setAudience}
          error={checked && !audience ? t('intake.required.audience') : null}
        />
        {audience === 'family' && (
          <Suspense fallback={null}>
            <FamilyIntakeFields value={family} onChange={setFamily} />
          </Suspense>
        )}
        <ChoiceGroup<Topic>
          ref={topicRef}
          name="topic"
          legend={t('intake.topicLegend')}
          testIdPrefix="intake-topic"
          choices={TOPICS.map((v) => ({ value: v, label: t(`intake.topics.${v}`) }))}
          value={topic}
          onChange={setTopic}
          error={checked && !topic ? t('intake.required.topic') : null}
        />
        <div className="hv-field">
          <label htmlFor={`${id}-nick`}>{t('intake.nicknameLabel')}</label>
          <input
            id={`${id}-nick`}
            data-testid="intake-nickname"
            className="hv-input"
            value={nickname}
            onChange={(e) => setNickname(e.target.value)}
            maxLength={LIMITS.nickname}
            autoComplete="off"
            aria-describedby={`${id}-nick-hint ${id}-nick-count`}
          />
          <p id={`${id}-nick-hint`} className="hv-hint">{t('intake.nicknameHint')}</p>
          {/* The limit is shown, not a silent cut: the count always, and in words once the field is full. */}
          <p id={`${id}-nick-count`} className="hv-hint hv-count" data-testid="nickname-count" aria-live={nickLength >= LIMITS.nickname ? 'polite' : 'off'}>
            {t('intake.nicknameCount', { count: nickLength, max: LIMITS.nickname })}
            {nickLength >= LIMITS.nickname && <> {t('intake.nicknameFull', { max: LIMITS.nickname })}</>}
          </p>
        </div>
        <div className="hv-field">
          <label htmlFor={`${id}-msg`}>{t('intake.messageLabel')}</label>
          <textarea
            id={`${id}-msg`}
            data-testid="intake-message"
            className="hv-input hv-textarea"
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            maxLength={LIMITS.messageBody}
            rows={4}
            aria-describedby={`${id}-msg-hint`}
          />
          <p id={`${id}-msg-hint`} className="hv-hint">{t('intake.messageHint')}</p>
        </div>
        <p className="hv-hint">{t('intake.privacy')}</p>
        {error && <p className="hv-error" role="alert">{t(error)}</p>}
        <button type="submit" className="hv-button hv-button--primary" data-testid="intake-start" disabled={busy} aria-busy={busy}>
          {busy ? t('intake.starting') : status && !status.open ? t('intake.startClosed') : t('intake.start')}
        </button>
      </form>

      {resuming ? (
        <ResumeForm onResume={onResume} onCancel={closeResume} />
      ) : (
        <button ref={resumeOpenRef} type="button" className="hv-link-button" data-testid="resume-open" onClick={() => setResuming(true)}>
          {t('resume.open')}
        </button>
      )}
      <p className="hv-offers-line"><OffersLink /></p>
    </div>
  );
}
