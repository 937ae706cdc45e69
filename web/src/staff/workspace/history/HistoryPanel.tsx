import type { ConsultationView, HistoryConsultation } from '@hidamari/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SafeText } from '../../../lib/safe-text';
import { errorText } from '../../error-text';
import { formatInZone } from '../../service-status';
import { HistoryTranscript } from './HistoryTranscript';
import { useHistory, type LoadHistory, type LoadTranscriptPage } from './use-history';
import './history.css';

interface Props {
  consultation: ConsultationView;
  timezone: string;
  load: LoadHistory;
  page: LoadTranscriptPage;
  onClose(): void;
  /** Move focus to the panel when it opens (not when it opens by itself with a newly taken chat: the composer has it). */
  focusOnOpen: boolean;
}

/** A returning visitor's earlier consultations beside the chat: the list, and one record read-only when opened. */
export function HistoryPanel({ consultation, timezone, load, page, onClose, focusOnOpen }: Props) {
  const { t } = useTranslation('history');
  const { t: ts } = useTranslation('staff');
  const query = useHistory(consultation.id, load, true);
  const [opened, setOpened] = useState<HistoryConsultation | null>(null);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current || focusOnOpen) heading.current?.focus();
    mounted.current = true;
  }, [opened, focusOnOpen]);

  return (
    <aside className="st-side st-history" aria-labelledby={titleId} data-testid="history-panel"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.nativeEvent.isComposing) return;
        e.stopPropagation();
        if (opened) setOpened(null);
        else onClose();
      }}>
      <header className="st-side__head">
        <h3 id={titleId} className="st-side__title" ref={heading} tabIndex={-1}>
          {t('title', { count: query.data?.length ?? consultation.historyCount ?? 0 })}
        </h3>
        <button type="button" className="st-btn st-btn--quiet" onClick={onClose} data-testid="history-close">{t('close')}</button>
      </header>
      <div className="st-side__body">
        <p className="st-history__audit" data-testid="history-audit-note">{t('audit')}</p>
        {opened ? (
          <HistoryTranscript consultation={opened} timezone={timezone} page={page} onBack={() => setOpened(null)} />
        ) : query.isPending ? (
          <p className="st-muted" role="status">{t('loading')}</p>
        ) : query.isError ? (
          <div className="st-error" role="alert">
            {t('failed')} {errorText(ts, query.error)}{' '}
            <button type="button" className="st-btn" onClick={() => void query.refetch()}>{t('retry')}</button>
          </div>
        ) : query.data.length === 0 ? (
          <p className="st-muted">{t('empty')}</p>
        ) : (
          <>
            <p className="st-muted st-side__intro">{t('intro', { timezone })}</p>
            <ol className="st-history__list">
              {query.data.map((h) => <HistoryRow key={h.id} item={h} timezone={timezone} onOpen={() => setOpened(h)} />)}
            </ol>
          </>
        )}
      </div>
    </aside>
  );
}

function HistoryRow({ item: h, timezone, onOpen }: { item: HistoryConsultation; timezone: string; onOpen(): void }) {
  const { t, i18n } = useTranslation('history');
  const { t: ts } = useTranslation('staff');
  return (
    <li className="st-history__item" data-testid="history-item" data-consultation-id={h.id}>
      <p className="st-history__when">
        <time dateTime={h.createdAt}>{formatInZone(h.createdAt, timezone, i18n.language, 'datetime')}</time>
        {!h.closedAt && <span className="st-tag">{t('stillOpen')}</span>}
      </p>
      <p className="st-history__what">{ts(`topic.${h.topic}`)} · {ts(`audience.${h.audience}`)}</p>
      <p className="st-history__facts">
        <span>{h.outcome ? ts(`outcome.${h.outcome}`) : t('noOutcome')}</span>
        <span>{h.counselorName ? <>{t('counselor', { name: '' })}<SafeText text={h.counselorName} /></> : t('noCounselor')}</span>
      </p>
      {h.tags.length > 0 && (
        <ul className="st-history__tags" aria-label={t('tags')}>
          {h.tags.map((tag) => <li key={tag} className="st-tag"><SafeText text={tag} /></li>)}
        </ul>
      )}
      {h.hasTranscript ? (
        <button type="button" className="st-btn" onClick={onOpen} data-testid="history-open">{t('openTranscript')}</button>
      ) : (
        <p className="st-muted st-history__deleted" data-testid="history-deleted">{t('deleted')}</p>
      )}
    </li>
  );
}
