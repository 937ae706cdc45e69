import { DIRECTORY_LIMITS, type Service } from '@hidamari/shared';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_KIND_LABELS, SERVICE_KIND_ORDER } from '../../lib/service-kinds';
import { errorCode, errorText } from '../error-text';
import { useSaveService } from './directory-api';
import {
  bareLabel, draftToInput, draftToPatch, EMPTY_SERVICE, hasEnglish, isEnglishField, serviceField, serviceFieldId, serviceToDraft, type ServiceDraft,
} from './directory-form';
import { PREFECTURES } from './prefectures';

/** The form label key of each field path (the message at the save button names the field). */
const LABELS: Record<string, string> = {
  kind: 'form.kind', name: 'form.name', 'area.prefecture': 'form.prefecture', 'area.municipality': 'form.municipality',
  phone: 'form.phone', url: 'form.url', hours: 'form.hours', description: 'form.description',
  'en.name': 'form.enName', 'en.description': 'form.enDescription', 'en.hours': 'form.enHours',
};

type Failure = { field: string | null; text: string } | null;

/** Add a service, or edit one (`editing`). A field the server refuses is marked beside its input and focused. */
export function ServiceForm({ editing, onDone }: { editing?: Service; onDone(message: string): void }) {
  const { t, i18n } = useTranslation(['directory', 'staff']);
  const { t: ts } = useTranslation('staff');
  const save = useSaveService();
  const [draft, setDraft] = useState<ServiceDraft>(() => (editing ? serviceToDraft(editing) : EMPTY_SERVICE));
  const [failure, setFailure] = useState<Failure>(null);
  const [englishOpen, setEnglishOpen] = useState(() => hasEnglish(draft));
  const heading = useRef<HTMLHeadingElement>(null);
  const lang = i18n.language?.startsWith('en') ? 'en' : 'ja';
  useEffect(() => heading.current?.focus(), []);

  const set = (k: keyof ServiceDraft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (save.isPending) return;
    setFailure(null);
    try {
      const saved = await save.mutateAsync(editing ? { id: editing.id, patch: draftToPatch(draft) } : { input: draftToInput(draft) });
      onDone(t(editing ? 'form.saved' : 'form.created', { name: saved.name }));
    } catch (err) {
      const raw = errorCode(err) === 'INVALID_PAYLOAD' && typeof (err as { field?: unknown }).field === 'string' ? (err as { field: string }).field : null;
      const field = raw ? serviceField(raw) : null;
      setFailure({
        field,
        text: field ? t('form.fieldFailed', { field: bareLabel(t(LABELS[field]!)), problem: t(`problems.${field}`) }) : errorText(ts, err),
      });
      if (field) {
        if (isEnglishField(field)) setEnglishOpen(true);
        requestAnimationFrame(() => document.getElementById(serviceFieldId(field))?.focus());
      }
    }
  }

  /** One labelled input with its hint and, when the server refused it, the reason right under it. */
  const field = (path: string, control: (a: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode, hint?: string, wide = false) => {
    const id = serviceFieldId(path);
    const bad = failure?.field === path;
    const described = [hint && `${id}-hint`, bad && `${id}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <label className={`st-field dir-field${wide ? ' dir-field--wide' : ''}`}>
        <span>{t(LABELS[path]!)}</span>
        {control({ id, ...(bad ? { 'aria-invalid': true } : {}), ...(described ? { 'aria-describedby': described } : {}) })}
        {hint && <small id={`${id}-hint`}>{hint}</small>}
        {bad && <small className="dir-field__error" id={`${id}-error`} data-testid="field-error">{t(`problems.${path}`)}</small>}
      </label>
    );
  };

  return (
    <form className="dir-form" onSubmit={submit} noValidate aria-labelledby="dir-form-title" aria-busy={save.isPending} data-testid="service-form">
      <h2 id="dir-form-title" ref={heading} tabIndex={-1}>{editing ? t('form.edit', { name: editing.name }) : t('form.add')}</h2>
      <div className="dir-form__grid">
        {field('kind', (a) => (
          <select {...a} value={draft.kind} onChange={set('kind')} data-testid="service-kind">
            <option value="">{t('form.kindChoose')}</option>
            {SERVICE_KIND_ORDER.map((k) => <option key={k} value={k}>{SERVICE_KIND_LABELS[lang][k]}</option>)}
          </select>
        ))}
        {field('name', (a) => <input {...a} maxLength={DIRECTORY_LIMITS.name} value={draft.name} onChange={set('name')} lang="ja" data-testid="service-name" />, undefined, true)}
        {field('area.prefecture', (a) => (
          <select {...a} value={draft.prefecture} onChange={set('prefecture')} data-testid="service-prefecture">
            <option value="">{t('form.prefectureChoose')}</option>
            {/* A stored value outside the list (older data) stays selectable. */}
            {draft.prefecture && !PREFECTURES.some(([ja]) => ja === draft.prefecture) && <option value={draft.prefecture}>{draft.prefecture}</option>}
            {PREFECTURES.map(([ja, en]) => <option key={ja} value={ja}>{lang === 'en' ? `${en} (${ja})` : ja}</option>)}
          </select>
        ))}
        {field('area.municipality', (a) => <input {...a} maxLength={DIRECTORY_LIMITS.area} value={draft.municipality} onChange={set('municipality')} data-testid="service-municipality" />)}
        {field('phone', (a) => <input {...a} type="tel" maxLength={DIRECTORY_LIMITS.phone} value={draft.phone} onChange={set('phone')} data-testid="service-phone" />, t('form.phoneHint'))}
        {field('url', (a) => <input {...a} type="url" maxLength={DIRECTORY_LIMITS.url} value={draft.url} onChange={set('url')} data-testid="service-url" />, t('form.urlHint'))}
        {field('hours', (a) => <input {...a} maxLength={DIRECTORY_LIMITS.hours} value={draft.hours} onChange={set('hours')} data-testid="service-hours" />, t('form.hoursHint'), true)}
        {field('description', (a) => (
          <textarea {...a} rows={3} maxLength={DIRECTORY_LIMITS.description} value={draft.description} onChange={set('description')} lang="ja" data-testid="service-description" />
        ), t('form.descriptionHint'), true)}
      </div>
      <details className="dir-form__en" open={englishOpen} onToggle={(e) => setEnglishOpen(e.currentTarget.open)}>
        <summary data-testid="service-english">{t('form.english')}</summary>
        <p className="st-muted dir-form__hint">{t('form.englishHint')}</p>
        <div className="dir-form__grid">
          {field('en.name', (a) => <input {...a} maxLength={DIRECTORY_LIMITS.name} value={draft.enName} onChange={set('enName')} lang="en" data-testid="service-en-name" />, undefined, true)}
          {field('en.hours', (a) => <input {...a} maxLength={DIRECTORY_LIMITS.hours} value={draft.enHours} onChange={set('enHours')} lang="en" data-testid="service-en-hours" />, undefined, true)}
          {field('en.description', (a) => (
            <textarea {...a} rows={3} maxLength={DIRECTORY_LIMITS.description} value={draft.enDescription} onChange={set('enDescription')} lang="en" data-testid="service-en-description" />
          ), undefined, true)}
        </div>
      </details>
      <div className="dir-form__bar">
        <p role="status" className="dir-form__status" data-testid="service-form-status">
          {failure && <span className="st-error">{failure.field ? failure.text : `${t('form.failed')} ${failure.text}`}</span>}
        </p>
        <button type="button" className="st-btn" onClick={() => onDone('')}>{t('form.cancel')}</button>
        <button type="submit" className="st-btn st-btn--primary" disabled={save.isPending} data-testid="service-save">
          {save.isPending ? t('form.saving') : editing ? t('form.save') : t('form.create')}
        </button>
      </div>
    </form>
  );
}
