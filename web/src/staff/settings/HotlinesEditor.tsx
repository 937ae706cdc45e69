import { SETTINGS_LIMITS } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import type { FieldError } from './LocalizedField';
import { fieldId, moveItem, type HotlineDraft } from './settings-form';

interface Props {
  rows: HotlineDraft[];
  onChange(rows: HotlineDraft[]): void;
  newKey(): string;
  error: FieldError | null;
}

const FIELDS = [
  { name: 'name', max: SETTINGS_LIMITS.hotlineName, type: 'text' },
  { name: 'phone', max: SETTINGS_LIMITS.hotlinePhone, type: 'tel' },
  { name: 'hours', max: SETTINGS_LIMITS.hotlineHours, type: 'text' },
  { name: 'url', max: SETTINGS_LIMITS.hotlineUrl, type: 'url' },
] as const;

/** Focus after the list changed, once React has drawn it: keyboard users stay with the row they moved. */
function focusLater(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/** The hotline list: edit in place, add, remove and reorder (buttons, so it works from the keyboard). */
export function HotlinesEditor({ rows, onChange, newKey, error }: Props) {
  const { t } = useTranslation('settings');
  const max = SETTINGS_LIMITS.hotlines;
  const edit = (i: number, patch: Partial<HotlineDraft>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  function move(i: number, to: number, act: 'up' | 'down') {
    const key = rows[i]!.key;
    onChange(moveItem(rows, i, to));
    // At the top "up" is disabled: stay on the row through its other button.
    const stay = (act === 'up' && to === 0) || (act === 'down' && to === rows.length - 1) ? (act === 'up' ? 'down' : 'up') : act;
    focusLater(`[data-hotline="${key}"] [data-act="${stay}"]`);
  }
  function remove(i: number) {
    onChange(rows.filter((_, j) => j !== i));
    const next = rows[i + 1] ?? rows[i - 1];
    focusLater(next ? `[data-hotline="${next.key}"] [data-act="remove"]` : '#settings-hotline-add');
  }
  function add() {
    const key = newKey();
    onChange([...rows, { key, name: '', phone: '', hours: '', url: '' }]);
    focusLater(`[data-hotline="${key}"] input`);
  }
  const listError = error?.field === 'hotlines' ? error : null;

  return (
    <section className="se-card" aria-labelledby="settings-hotlines-title">
      <div className="se-card__head">
        <h2 id="settings-hotlines-title">{t('hotlines.title')}</h2>
        <span className="st-muted">{t('hotlines.count', { count: rows.length, max })}</span>
      </div>
      <p className="se-hint">{t('hotlines.lead')}</p>
      {listError && <p className="st-error" id={fieldId('hotlines')} tabIndex={-1}>{listError.text}</p>}
      {rows.length === 0 && <p className="se-empty">{t('hotlines.empty')}</p>}
      <ol className="se-hotlines">
        {rows.map((row, i) => {
          const label = row.name.trim() || t('hotlines.unnamed');
          return (
            <li key={row.key} data-hotline={row.key} className="se-hotline">
              <fieldset>
                <legend>{t('hotlines.item', { n: i + 1 })}</legend>
                <div className="se-hotline__fields">
                  {FIELDS.map((f) => {
                    const path = `hotlines.${i}.${f.name}`;
                    const bad = error?.field === path;
                    return (
                      <label key={f.name} className={`se-field se-field--${f.name}`}>
                        <span>{t(`hotlines.${f.name}`)}</span>
                        <input
                          id={fieldId(path)} type={f.type} maxLength={f.max} value={row[f.name]}
                          aria-invalid={bad || undefined} aria-describedby={bad ? `${fieldId(path)}-error` : undefined}
                          onChange={(e) => edit(i, { [f.name]: e.target.value })}
                        />
                        {bad && <small className="st-error" id={`${fieldId(path)}-error`}>{error.text}</small>}
                      </label>
                    );
                  })}
                  <label className="se-field se-field--locale">
                    <span>{t('hotlines.locale')}</span>
                    <select
                      id={fieldId(`hotlines.${i}.locale`)} value={row.locale ?? ''}
                      onChange={(e) => {
                        const v = e.target.value;
                        edit(i, { locale: v === 'ja' || v === 'en' ? v : undefined });
                      }}
                    >
                      <option value="">{t('hotlines.localeBoth')}</option>
                      <option value="ja">{t('hotlines.localeJa')}</option>
                      <option value="en">{t('hotlines.localeEn')}</option>
                    </select>
                  </label>
                </div>
                <div className="se-hotline__actions">
                  <button type="button" className="st-btn" data-act="up" disabled={i === 0} aria-label={t('hotlines.moveUpLabel', { name: label })}
                    onClick={() => move(i, i - 1, 'up')}>↑ {t('hotlines.up')}</button>
                  <button type="button" className="st-btn" data-act="down" disabled={i === rows.length - 1}
                    aria-label={t('hotlines.moveDownLabel', { name: label })} onClick={() => move(i, i + 1, 'down')}>↓ {t('hotlines.down')}</button>
                  <button type="button" className="st-btn st-btn--danger" data-act="remove" aria-label={t('hotlines.removeLabel', { name: label })}
                    onClick={() => remove(i)}>{t('hotlines.remove')}</button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <button type="button" id="settings-hotline-add" className="st-btn" onClick={add} disabled={rows.length >= max}>+ {t('hotlines.add')}</button>
        {rows.length >= max && <span className="st-muted se-inline-note">{t('hotlines.full', { max })}</span>}
      </div>
    </section>
  );
}
