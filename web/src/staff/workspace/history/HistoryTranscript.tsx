import type { HistoryConsultation } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../error-text';
import { formatInZone } from '../../service-status';
import { MessageItem } from '../MessageItem';
import { useHistoryTranscript, type LoadTranscriptPage } from './use-history';

interface Props {
  consultation: HistoryConsultation;
  timezone: string;
  page: LoadTranscriptPage;
  onBack(): void;
}

/** An earlier consultation's record, read-only, with staff-only notes marked as in the live transcript. */
export function HistoryTranscript({ consultation: h, timezone, page, onBack }: Props) {
  const { t, i18n } = useTranslation('history');
  const { t: ts } = useTranslation('staff');
  const query = useHistoryTranscript(h.id, page);
  const date = formatInZone(h.createdAt, timezone, i18n.language, 'datetime');
  return (
    <section className="st-history__record" data-testid="history-transcript" data-consultation-id={h.id}>
      <button type="button" className="st-btn st-btn--link" onClick={onBack} data-testid="history-back">← {t('transcript.back')}</button>
      <h4 className="st-history__record-title">{t('transcript.title', { date })}</h4>
      <p className="st-muted st-history__facts">
        {ts(`topic.${h.topic}`)} · {h.outcome ? ts(`outcome.${h.outcome}`) : t('noOutcome')} · {t('transcript.readOnly')}
      </p>
      {query.isPending ? (
        <p className="st-muted" role="status">{t('transcript.loading')}</p>
      ) : query.isError ? (
        <div className="st-error" role="alert">
          {t('transcript.failed')} {errorText(ts, query.error)}{' '}
          <button type="button" className="st-btn" onClick={() => void query.refetch()}>{t('retry')}</button>
        </div>
      ) : query.data.length === 0 ? (
        <p className="st-muted">{t('transcript.empty')}</p>
      ) : (
        <ol className="st-transcript st-history__messages" aria-label={t('transcript.label')}>
          {query.data.map((m) => (
            <MessageItem key={m.id} kind="sent" message={m} visitorName={ts('chat.anonymous')} timezone={timezone} dated />
          ))}
        </ol>
      )}
    </section>
  );
}
