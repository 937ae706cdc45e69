import type { ErrorCode, QueueItem } from '@hidamari/shared';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { QueueItemCard } from './QueueItemCard';
import type { TakeNotice } from './useTakeQueue';
import { useNow } from './useAlerts';
import { orderForMe } from './preferred/preferred-text';
import { useStaff } from '../session';

interface Props {
  items: QueueItem[];
  total: number;
  loaded: boolean;
  onDuty: boolean;
  taking: ReadonlySet<string>;
  errors: Readonly<Record<string, ErrorCode>>;
  notice: TakeNotice;
  onTake(consultationId: string): void;
  onGoOnDuty(): void;
  onDismissNotice(): void;
  /** The service's time zone (reserved chats name a time). */
  timezone?: string;
  ref?: Ref<HTMLElement>;
}

/** The live queue, always on screen: most urgent first, as the server orders it. */
export function QueuePanel({ ref, ...p }: Props) {
  const { t } = useTranslation('staff');
  const now = useNow(1000);
  // Chats a returning visitor reserved for me lead my view; Alt+T still takes the server's first.
  const shown = orderForMe(p.items, useStaff().id);
  const firstId = p.items[0]?.consultationId;
  return (
    <section className="st-queue" ref={ref} tabIndex={-1} aria-labelledby="st-queue-title">
      <h2 id="st-queue-title" className="st-panel-title">
        {t('queue.title')} <span className="st-count" aria-live="polite">{p.total}</span>
      </h2>
      {!p.onDuty && <p className="st-notice st-notice--duty">{t('queue.offDuty')}</p>}
      {p.notice && (
        <div className="st-notice st-notice--warn" role="alert">
          <p>{t(`queue.notice.${p.notice}`)}</p>
          {p.notice === 'NOT_ON_DUTY' && (
            <button type="button" className="st-btn st-btn--primary" onClick={p.onGoOnDuty}>{t('queue.goOnDuty')}</button>
          )}
          <button type="button" className="st-btn st-btn--quiet" onClick={p.onDismissNotice}>{t('common.dismiss')}</button>
        </div>
      )}
      {!p.loaded ? (
        <p className="st-muted" role="status">{t('common.loading')}</p>
      ) : p.items.length === 0 ? (
        <p className="st-muted">{t('queue.empty')}</p>
      ) : (
        <ol className="st-queue__list">
          {shown.map((item) => (
            <QueueItemCard key={item.consultationId} item={item} now={now} first={item.consultationId === firstId} timezone={p.timezone}
              taking={p.taking.has(item.consultationId)} error={p.errors[item.consultationId]}
              onTake={() => p.onTake(item.consultationId)} />
          ))}
        </ol>
      )}
      {p.total > p.items.length && (
        <p className="st-muted">{t('queue.more', { count: p.total - p.items.length })}</p>
      )}
    </section>
  );
}
