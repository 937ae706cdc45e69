import type { CannedReply, CannedScope } from '@hidamari/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { useSaveCanned } from './canned-api';

const EMPTY = { title: '', shortcut: '', ja: '', en: '' };

/** Add a reply to one list, or edit one (`editing`). Both texts are offered; one is enough. */
export function CannedForm({ scope, editing, onDone }: { scope: CannedScope; editing?: CannedReply; onDone(): void }) {
  const { t } = useTranslation(['canned', 'staff']);
  const { t: ts } = useTranslation('staff');
  const save = useSaveCanned();
  const [f, setF] = useState(() => (editing ? { title: editing.title, shortcut: editing.shortcut, ...editing.body } : EMPTY));
  const [done, setDone] = useState(false);
  const id = `cf-${scope}`;
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) => (setF({ ...f, [k]: e.target.value }), setDone(false));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = { title: f.title, shortcut: f.shortcut, body: { ja: f.ja, en: f.en } };
    try {
      await save.mutateAsync(editing ? { id: editing.id, update: body } : { create: { scope, ...body } });
      setF(EMPTY);
      setDone(true);
      onDone();
    } catch {
      /* shown from save.error */
    }
  }

  const title = editing ? t('form.edit', { title: editing.title }) : t(scope === 'center' ? 'form.addCenter' : 'form.addPersonal');
  return (
    <form className="st-form st-canned-form" onSubmit={submit} aria-labelledby={`${id}-title`} data-testid={`canned-form-${scope}`}>
      <h3 id={`${id}-title`} className="st-canned-form__wide">{title}</h3>
      <label className="st-field">
        <span>{t('form.title')}</span>
        <input required maxLength={60} value={f.title} onChange={set('title')} data-testid="canned-title" />
      </label>
      <label className="st-field">
        <span>{t('form.shortcut')}</span>
        <input maxLength={20} value={f.shortcut} onChange={set('shortcut')} pattern="[\p{L}\p{N}_\-]*" aria-describedby={`${id}-sh`} data-testid="canned-shortcut" />
        <small id={`${id}-sh`}>{t('form.shortcutHint')}</small>
      </label>
      <label className="st-field">
        <span>{t('form.ja')}</span>
        <textarea maxLength={2000} value={f.ja} onChange={set('ja')} lang="ja" aria-describedby={`${id}-body`} data-testid="canned-ja" />
      </label>
      <label className="st-field">
        <span>{t('form.en')}</span>
        <textarea maxLength={2000} value={f.en} onChange={set('en')} lang="en" aria-describedby={`${id}-body`} data-testid="canned-en" />
      </label>
      <small id={`${id}-body`} className="st-canned-form__wide">{t('form.bodyHint')}</small>
      {save.error && <p className="st-error st-canned-form__wide" role="alert">{errorText(ts, save.error)}</p>}
      {done && <p className="st-canned-form__wide" role="status">{t('form.saved')}</p>}
      <div className="st-canned-form__wide st-dialog__actions">
        {editing && <button type="button" className="st-btn" onClick={onDone}>{t('form.cancel')}</button>}
        <button type="submit" className="st-btn st-btn--primary" disabled={save.isPending} data-testid="canned-save">
          {save.isPending ? t('staff:common.saving') : editing ? t('form.save') : t('form.add')}
        </button>
      </div>
    </form>
  );
}
