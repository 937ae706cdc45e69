import type { Offer } from '@hidamari/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SafeText } from '../../lib/safe-text';
import { errorText } from '../error-text';
import { useServiceTimezone } from '../roster/roster-api';
import { formatInZone } from '../service-status';
import { AdminTabs } from '../directory/AdminTabs';
import { RowActions } from '../directory/RowActions';
import { StaffHeader } from '../workspace/StaffHeader';
import { useDeleteOffer, useOffers } from './offers-api';
import { splitOffers } from './offer-form';
import { OfferForm } from './OfferForm';
import '../directory/directory.css';

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; offer: Offer };

/** Admin: the center's own offers, upcoming first and past ones greyed below; times in the service zone. */
export function OffersPage() {
  const { t, i18n } = useTranslation(['offers', 'staff']);
  const { t: ts } = useTranslation('staff');
  const offers = useOffers();
  const timeZone = useServiceTimezone();
  const remove = useDeleteOffer();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [notice, setNotice] = useState('');
  useEffect(() => {
    document.title = `${t('title')} — ${t('staff:appName')}`;
  }, [t]);

  const when = (o: Offer) => {
    const tz = timeZone ?? 'Asia/Tokyo';
    const start = formatInZone(o.startsAt, tz, i18n.language, 'datetime');
    return o.endsAt ? `${start}–${formatInZone(o.endsAt, tz, i18n.language, 'time')}` : start;
  };

  const table = (list: Offer[], past: boolean) => (
    <table className={`st-table dir-table off-table${past ? ' off-table--past' : ''}`} data-testid={past ? 'offers-past' : 'offers-upcoming'}>
      <thead>
        <tr>
          <th scope="col">{t('cols.when')}</th>
          <th scope="col">{t('cols.title')}</th>
          <th scope="col">{t('cols.place')}</th>
          <th scope="col">{t('cols.audience')}</th>
          <th scope="col" className="st-table__actions">{t('cols.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {list.map((o) => (
          <tr key={o.id} data-testid="offer-row" data-offer-id={o.id}>
            <td className="off-when">{when(o)}</td>
            <th scope="row">
              <SafeText text={o.title} />
              {o.en?.title && <small className="dir-table__en" lang="en"><SafeText text={o.en.title} /></small>}
            </th>
            <td><SafeText text={o.place} /></td>
            <td><span className={`off-audience off-audience--${o.audience}`}>{t(`audience.${o.audience}`)}</span></td>
            <td className="st-table__actions">
              <RowActions name={o.title} testIdPrefix="offer" busy={remove.isPending}
                labels={{ edit: t('edit'), delete: t('delete'), confirmDelete: t('confirmDelete', { title: o.title }) }}
                onEdit={() => (setNotice(''), setEditing({ mode: 'edit', offer: o }))}
                onDelete={() => remove.mutate(o.id, {
                  onSuccess: () => {
                    setNotice(t('deleted', { title: o.title }));
                    if (editing.mode === 'edit' && editing.offer.id === o.id) setEditing({ mode: 'closed' });
                  },
                })} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const split = offers.data ? splitOffers(offers.data, new Date()) : null;
  return (
    <div className="st-shell">
      <StaffHeader page="directory" />
      <main className="dir-page">
        <AdminTabs />
        <div className="dir-page__head">
          <div>
            <h1>{t('title')}</h1>
            <p className="st-muted dir-lead">{t('lead')}</p>
            <p className="dir-lead off-meta">
              {timeZone && <span className="st-muted">{t('zone', { zone: timeZone })}</span>}
              <Link to="/offers" target="_blank" rel="noopener" data-testid="offers-public-link">{t('publicLink')} ↗</Link>
            </p>
          </div>
          {editing.mode === 'closed' && (
            <button type="button" className="st-btn st-btn--primary" disabled={!timeZone} onClick={() => (setNotice(''), setEditing({ mode: 'new' }))} data-testid="offer-add">
              + {t('add')}
            </button>
          )}
        </div>
        {editing.mode !== 'closed' && timeZone && (
          <OfferForm key={editing.mode === 'edit' ? editing.offer.id : 'new'} timeZone={timeZone}
            editing={editing.mode === 'edit' ? editing.offer : undefined} onDone={(m) => (setEditing({ mode: 'closed' }), setNotice(m))} />
        )}
        <p role="status" className="st-ok dir-notice" data-testid="offers-notice">{notice}</p>

        {offers.isPending ? (
          <p role="status" className="st-muted">{t('loading')}</p>
        ) : offers.isError ? (
          <div role="alert" className="st-notice st-notice--warn">
            <p>{t('loadFailed')} {errorText(ts, offers.error)}</p>
            <button type="button" className="st-btn" onClick={() => void offers.refetch()}>{t('retry')}</button>
          </div>
        ) : (
          <>
            <section aria-labelledby="offers-upcoming-title">
              <h2 id="offers-upcoming-title" className="off-heading">{t('upcoming')}</h2>
              {split!.upcoming.length === 0 ? <p className="dir-empty">{t('emptyUpcoming')}</p> : table(split!.upcoming, false)}
            </section>
            {split!.past.length > 0 && (
              <section aria-labelledby="offers-past-title" className="off-past">
                <h2 id="offers-past-title" className="off-heading">{t('past')} <small className="st-muted">— {t('pastHint')}</small></h2>
                {table(split!.past, true)}
              </section>
            )}
          </>
        )}
        {remove.error && <p className="st-error" role="alert">{errorText(ts, remove.error)}</p>}
      </main>
    </div>
  );
}
