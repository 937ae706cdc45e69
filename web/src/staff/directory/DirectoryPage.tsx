import type { Service, ServiceKind } from '@hidamari/shared';
import { useDeferredValue, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceKindLabel, SERVICE_KIND_ORDER } from '../../lib/service-kinds';
import { SafeText } from '../../lib/safe-text';
import { errorText } from '../error-text';
import { StaffHeader } from '../workspace/StaffHeader';
import { useDeleteService, useServices } from './directory-api';
import { prefectureLabel, PREFECTURES } from './prefectures';
import { AdminTabs } from './AdminTabs';
import { RowActions } from './RowActions';
import { ServiceForm } from './ServiceForm';
import './directory.css';

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; service: Service };

/** Admin: the directory of local services, filtered on the server, with a form to add or edit one. */
export function DirectoryPage() {
  const { t, i18n } = useTranslation(['directory', 'staff']);
  const { t: ts } = useTranslation('staff');
  const [kind, setKind] = useState<ServiceKind | ''>('');
  const [prefecture, setPrefecture] = useState('');
  const [text, setText] = useState('');
  const q = useDeferredValue(text);
  const services = useServices({ q, kind: kind || undefined, prefecture: prefecture || undefined });
  const remove = useDeleteService();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [notice, setNotice] = useState('');
  const filtered = !!(kind || prefecture || text.trim());
  const lang = i18n.language;
  useEffect(() => {
    document.title = `${t('title')} — ${t('staff:appName')}`;
  }, [t]);

  function done(message: string) {
    setEditing({ mode: 'closed' });
    setNotice(message);
  }

  return (
    <div className="st-shell">
      <StaffHeader page="directory" />
      <main className="dir-page">
        <AdminTabs />
        <div className="dir-page__head">
          <div>
            <h1>{t('title')}</h1>
            <p className="st-muted dir-lead">{t('lead')}</p>
          </div>
          {editing.mode === 'closed' && (
            <button type="button" className="st-btn st-btn--primary" onClick={() => (setNotice(''), setEditing({ mode: 'new' }))} data-testid="service-add">
              + {t('add')}
            </button>
          )}
        </div>
        {editing.mode !== 'closed' && (
          <ServiceForm key={editing.mode === 'edit' ? editing.service.id : 'new'} editing={editing.mode === 'edit' ? editing.service : undefined} onDone={done} />
        )}
        <p role="status" className="st-ok dir-notice" data-testid="directory-notice">{notice}</p>

        <fieldset className="dir-filters">
          <legend>{t('filters.label')}</legend>
          <label className="st-field">
            <span>{t('filters.kind')}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as ServiceKind | '')} data-testid="filter-kind">
              <option value="">{t('filters.kindAll')}</option>
              {SERVICE_KIND_ORDER.map((k) => <option key={k} value={k}>{serviceKindLabel(k, lang)}</option>)}
            </select>
          </label>
          <label className="st-field">
            <span>{t('filters.prefecture')}</span>
            <select value={prefecture} onChange={(e) => setPrefecture(e.target.value)} data-testid="filter-prefecture">
              <option value="">{t('filters.prefectureAll')}</option>
              {PREFECTURES.map(([ja]) => <option key={ja} value={ja}>{prefectureLabel(ja, lang)}</option>)}
            </select>
          </label>
          <label className="st-field dir-filters__text">
            <span>{t('filters.text')}</span>
            <input type="search" value={text} placeholder={t('filters.textPlaceholder')} onChange={(e) => setText(e.target.value)} data-testid="filter-text" />
          </label>
          <button type="button" className="st-btn" disabled={!filtered} onClick={() => (setKind(''), setPrefecture(''), setText(''))}>{t('filters.clear')}</button>
          {services.data && <span className="st-muted dir-filters__count">{t('count', { count: services.data.length })}</span>}
        </fieldset>

        {services.isPending ? (
          <p role="status" className="st-muted">{t('loading')}</p>
        ) : services.isError ? (
          <div role="alert" className="st-notice st-notice--warn">
            <p>{t('loadFailed')} {errorText(ts, services.error)}</p>
            <button type="button" className="st-btn" onClick={() => void services.refetch()}>{t('retry')}</button>
          </div>
        ) : services.data.length === 0 ? (
          <p className="dir-empty" data-testid="directory-empty">{filtered ? t('emptyFiltered') : t('empty')}</p>
        ) : (
          <table className="st-table dir-table" aria-busy={services.isFetching}>
            <thead>
              <tr>
                <th scope="col">{t('cols.kind')}</th>
                <th scope="col">{t('cols.name')}</th>
                <th scope="col">{t('cols.area')}</th>
                <th scope="col">{t('cols.phone')}</th>
                <th scope="col">{t('cols.hours')}</th>
                <th scope="col" className="st-table__actions">{t('cols.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {services.data.map((s) => (
                <tr key={s.id} data-testid="service-row" data-service-id={s.id}>
                  <td><span className={`dir-kind dir-kind--${s.kind}`}>{serviceKindLabel(s.kind, lang)}</span></td>
                  <th scope="row">
                    <SafeText text={s.name} />
                    {s.en?.name && <small className="dir-table__en" lang="en"><SafeText text={s.en.name} /></small>}
                  </th>
                  <td>{prefectureLabel(s.area.prefecture, lang)}{s.area.municipality && <> <SafeText text={s.area.municipality} /></>}</td>
                  <td className="dir-table__phone">{s.phone ?? '—'}</td>
                  <td><SafeText text={s.hours ?? '—'} /></td>
                  <td className="st-table__actions">
                    <RowActions name={s.name} testIdPrefix="service" busy={remove.isPending}
                      labels={{ edit: t('edit'), delete: t('delete'), confirmDelete: t('confirmDelete', { name: s.name }) }}
                      onEdit={() => (setNotice(''), setEditing({ mode: 'edit', service: s }))}
                      onDelete={() => remove.mutate(s.id, {
                        onSuccess: () => {
                          setNotice(t('deleted', { name: s.name }));
                          if (editing.mode === 'edit' && editing.service.id === s.id) setEditing({ mode: 'closed' });
                        },
                      })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {remove.error && <p className="st-error" role="alert">{errorText(ts, remove.error)}</p>}
      </main>
    </div>
  );
}
