import type { ConsultationView, TimelineEvent } from '@hidamari/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../error-text';
import { formatInZone } from '../../service-status';
import { timelineLabel } from './timeline-label';
import { useTimeline, type LoadTimeline } from './useTimeline';
import './timeline.css';
import { SafeText } from '../../../lib/safe-text';

const OPEN_KEY = 'hidamari.timeline.open';

function savedOpen(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) !== '0';
  } catch {
    return true;
  }
}

interface Props {
  consultation: ConsultationView;
  timezone: string;
  load: LoadTimeline;
}

/** The consultation's trail beside the chat: who did what and when, never what was said. Collapsible; the choice is kept. */
export function TimelinePanel({ consultation, timezone, load }: Props) {
  const { t } = useTranslation('timeline');
  const { t: ts } = useTranslation('staff');
  const [open, setOpen] = useState(savedOpen);
  const query = useTimeline(consultation, load, open);
  const bodyId = `st-timeline-${consultation.id}`;

  const toggle = () => {
    setOpen((o) => {
      try {
        localStorage.setItem(OPEN_KEY, o ? '0' : '1');
      } catch {
        /* private mode: the choice lasts for this page */
      }
      return !o;
    });
  };

  return (
    <aside className={`st-timeline st-timeline--${open ? 'open' : 'closed'}`} aria-label={t('title')} data-testid="timeline">
      <button type="button" className="st-timeline__toggle" aria-expanded={open} aria-controls={bodyId} onClick={toggle}
        title={open ? t('hide') : t('show')} data-testid="timeline-toggle">
        <span className="st-timeline__toggle-mark" aria-hidden="true">{open ? '›' : '‹'}</span>
        <span className="st-timeline__toggle-text">{t('title')}</span>
        {query.data && <span className="st-timeline__count">{t('count', { count: query.data.length })}</span>}
      </button>
      {open && (
        <div className="st-timeline__body" id={bodyId}>
          <p className="st-muted st-timeline__intro">{t('intro', { timezone })}</p>
          {query.isPending ? (
            <p className="st-muted" role="status">{t('loading')}</p>
          ) : query.isError ? (
            <div className="st-error" role="alert">
              {t('failed')} {errorText(ts, query.error)}{' '}
              <button type="button" className="st-btn" onClick={() => void query.refetch()}>{t('retry')}</button>
            </div>
          ) : query.data.length === 0 ? (
            <p className="st-muted">{t('empty')}</p>
          ) : (
            <TimelineList events={query.data} timezone={timezone} />
          )}
        </div>
      )}
    </aside>
  );
}

/** The day in the service's time zone, so a row shows its date only when the day changes. */
const localDay = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

function TimelineList({ events, timezone }: { events: TimelineEvent[]; timezone: string }) {
  const { t, i18n } = useTranslation('timeline');
  const tr = (terms: Record<string, string>) => Object.fromEntries(Object.entries(terms).map(([k, key]) => [k, t(key)]));
  return (
    <ol className="st-timeline__list" aria-live="polite">
      {events.map((e, i) => {
        const l = timelineLabel(e);
        const prev = events[i - 1];
        const newDay = !prev || localDay(prev.createdAt, timezone) !== localDay(e.createdAt, timezone);
        return (
          <li key={e.id} className={`st-timeline__item st-timeline__item--${l.tone}`} data-type={e.type}>
            <time dateTime={e.createdAt} className="st-timeline__time" title={formatInZone(e.createdAt, timezone, i18n.language, 'datetime')}>
              {formatInZone(e.createdAt, timezone, i18n.language, newDay ? 'datetime' : 'time')}
            </time>
            <span className="st-timeline__what">{t(l.key, { ...l.values, ...tr(l.terms) })}</span>
            {l.detail && <span className="st-timeline__detail">{t(l.detail.key, tr(l.detail.terms))}</span>}
            <span className="st-timeline__who">{e.actor ? <SafeText text={e.actor.displayName} /> : t(l.byVisitor ? 'visitor' : 'system')}</span>
          </li>
        );
      })}
    </ol>
  );
}
