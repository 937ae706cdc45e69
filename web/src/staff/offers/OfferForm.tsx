import { OFFER_AUDIENCES, OFFER_LIMITS, type Offer } from '@hidamari/shared';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorText } from '../error-text';
import { bareLabel } from '../directory/directory-form';
import { useSaveOffer } from './offers-api';
import { draftToOffer, draftToOfferPatch, EMPTY_OFFER, offerFieldId, offerToDraft, tomorrowIn, type OfferDraft } from './offer-form';

/** The label key of each field path the server may name. */
const LABELS: Record<string, string> = {
  title: 'form.title', startsAt: 'form.start', endsAt: 'form.end', place: 'form.place', audience: 'form.audience',
  description: 'form.description', 'en.title': 'form.enTitle', 'en.description': 'form.enDescription',
};

type Failure = { field: string | null; text: string } | null;

/** Add an offer or edit one; date and times are the service zone's wall clock (`timeZone`). */
export function OfferForm({ editing, timeZone, onDone }: { editing?: Offer; timeZone: string; onDone(message: string): void }) {
  const { t } = useTranslation('offers');
  const { t: ts } = useTranslation('staff');
  const save = useSaveOffer();
  const [draft, setDraft] = useState<OfferDraft>(() => (editing ? offerToDraft(editing, timeZone) : { ...EMPTY_OFFER, date: tomorrowIn(new Date(), timeZone) }));
  const [failure, setFailure] = useState<Failure>(null);
  const [englishOpen, setEnglishOpen] = useState(() => !!editing?.en);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (k: keyof OfferDraft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));

  function fail(field: string | null, err?: unknown) {
    const known = field && LABELS[field] ? field : null;
    setFailure({ field: known, text: known ? t('form.fieldFailed', { field: bareLabel(t(LABELS[known]!)), problem: t(`problems.${known}`) }) : `${t('form.failed')} ${errorText(ts, err)}` });
    if (known) {
      if (known.startsWith('en.')) setEnglishOpen(true);
      requestAnimationFrame(() => document.getElementById(offerFieldId(known))?.focus());
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (save.isPending) return;
    setFailure(null);
    const body = editing ? draftToOfferPatch(draft, timeZone) : draftToOffer(draft, timeZone);
    if ('field' in body) return fail(body.field);
    try {
      const saved = await save.mutateAsync('patch' in body ? { id: editing!.id, patch: body.patch } : { input: body.input });
      onDone(t(editing ? 'form.saved' : 'form.created', { title: saved.title }));
    } catch (err) {
      const field = errorCode(err) === 'INVALID_PAYLOAD' && typeof (err as { field?: unknown }).field === 'string' ? (err as { field: string }).field : null;
      fail(field === 'en' ? 'en.title' : field, err);
    }
  }

  const field = (path: string, control: (a: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode, opts: { hint?: string; label?: string; cls?: string } = {}) => {
    const id = offerFieldId(path);
    const bad = failure?.field === path;
    const described = [opts.hint && `${id}-hint`, bad && `${id}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <label className={`st-field dir-field ${opts.cls ?? ''}`}>
        <span>{t(opts.label ?? LABELS[path]!)}</span>
        {control({ id, ...(bad ? { 'aria-invalid': true } : {}), ...(described ? { 'aria-describedby': described } : {}) })}
        {opts.hint && <small id={`${id}-hint`}>{opts.hint}</small>}
        {bad && <small className="dir-field__error" id={`${id}-error`} data-testid="field-error">{t(`problems.${path}`)}</small>}
      </label>
    );
  };

  return (
    <form className="dir-form" onSubmit={submit} noValidate aria-labelledby="offer-form-title" aria-busy={save.isPending} data-testid="offer-form">
      <h2 id="offer-form-title" ref={heading} tabIndex={-1}>{editing ? t('form.edit', { title: editing.title }) : t('form.add')}</h2>
      <div className="dir-form__grid">
        {field('title', (a) => <input {...a} maxLength={OFFER_LIMITS.title} value={draft.title} onChange={set('title')} lang="ja" data-testid="offer-title" />, { cls: 'dir-field--wide' })}
        {field('audience', (a) => (
          <select {...a} value={draft.audience} onChange={set('audience')} data-testid="offer-audience">
            {OFFER_AUDIENCES.map((x) => <option key={x} value={x}>{t(`audience.${x}`)}</option>)}
          </select>
        ))}
        <span />
        <label className="st-field dir-field">
          <span>{t('form.date')}</span>
          <input id="offer-date" type="date" value={draft.date} onChange={set('date')} aria-invalid={failure?.field === 'startsAt' || undefined} data-testid="offer-date" />
        </label>
        {field('startsAt', (a) => <input {...a} type="time" value={draft.start} onChange={set('start')} data-testid="offer-start" />)}
        {field('endsAt', (a) => <input {...a} type="time" value={draft.end} onChange={set('end')} data-testid="offer-end" />, { hint: t('form.endHint'), cls: 'dir-field--wide' })}
        {field('place', (a) => <input {...a} maxLength={OFFER_LIMITS.place} value={draft.place} onChange={set('place')} data-testid="offer-place" />, { hint: t('form.placeHint'), cls: 'dir-field--wide' })}
        {field('description', (a) => (
          <textarea {...a} rows={3} maxLength={OFFER_LIMITS.description} value={draft.description} onChange={set('description')} lang="ja" data-testid="offer-description" />
        ), { hint: t('form.descriptionHint'), cls: 'dir-field--wide' })}
      </div>
      <details className="dir-form__en" open={englishOpen} onToggle={(e) => setEnglishOpen(e.currentTarget.open)}>
        <summary>{t('form.english')}</summary>
        <p className="st-muted dir-form__hint">{t('form.englishHint')}</p>
        <div className="dir-form__grid">
          {field('en.title', (a) => <input {...a} maxLength={OFFER_LIMITS.title} value={draft.enTitle} onChange={set('enTitle')} lang="en" data-testid="offer-en-title" />, { cls: 'dir-field--wide' })}
          {field('en.description', (a) => (
            <textarea {...a} rows={3} maxLength={OFFER_LIMITS.description} value={draft.enDescription} onChange={set('enDescription')} lang="en" data-testid="offer-en-description" />
          ), { cls: 'dir-field--wide' })}
        </div>
      </details>
      <div className="dir-form__bar">
        <p role="status" className="dir-form__status" data-testid="offer-form-status">{failure && <span className="st-error">{failure.text}</span>}</p>
        <button type="button" className="st-btn" onClick={() => onDone('')}>{t('form.cancel')}</button>
        <button type="submit" className="st-btn st-btn--primary" disabled={save.isPending} data-testid="offer-save">
          {save.isPending ? t('form.saving') : editing ? t('form.save') : t('form.create')}
        </button>
      </div>
    </form>
  );
}
