import type { Ack, ConsultationView, Service, ServiceKind, WireMessage } from '@hidamari/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_KIND_ORDER, serviceKindLabel } from '../../../lib/service-kinds';
import { SafeText } from '../../../lib/safe-text';
import { errorText } from '../../error-text';
import { PREFECTURES } from '../../directory/prefectures';
import { areaText, safeUrl } from './referral-format';
import { directoryEmpty, useDebounced, useServiceSearch } from './use-service-search';
import './referral.css';

export type SendReferral = (consultationId: string, serviceId: string) => Promise<Ack<{ message: WireMessage }>>;

interface Props {
  consultation: ConsultationView;
  writable: boolean;
  send: SendReferral;
  onClose(): void;
}

type SendState = { phase: 'sending' } | { phase: 'sent' } | { phase: 'failed'; error: unknown };

/** The directory beside the chat: search as you type (debounced), filter by kind and prefecture, send one as a card. */
export function ReferralPanel({ consultation, writable, send, onClose }: Props) {
  const { t, i18n } = useTranslation('referral');
  const { t: ts } = useTranslation('staff');
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<ServiceKind | ''>('');
  const [prefecture, setPrefecture] = useState('');
  const [sends, setSends] = useState<Record<string, SendState>>({});
  const search = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const filter = { q: useDebounced(q, 300), ...(kind ? { kind } : {}), ...(prefecture ? { prefecture } : {}) };
  const query = useServiceSearch(filter);
  const en = i18n.language.startsWith('en');

  useEffect(() => search.current?.focus(), []);

  const doSend = async (s: Service) => {
    setSends((all) => ({ ...all, [s.id]: { phase: 'sending' } }));
    const ack = await send(consultation.id, s.id);
    setSends((all) => ({ ...all, [s.id]: ack.ok ? { phase: 'sent' } : { phase: 'failed', error: ack.error } }));
  };

  return (
    <aside className="st-side st-referral" aria-labelledby={titleId} data-testid="referral-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.nativeEvent.isComposing) {
          e.stopPropagation();
          onClose();
        }
      }}>
      <header className="st-side__head">
        <h3 id={titleId} className="st-side__title">{t('title')}</h3>
        <button type="button" className="st-btn st-btn--quiet" onClick={onClose} data-testid="referral-close">{t('close')}</button>
      </header>
      <div className="st-side__body">
        <p className="st-muted st-side__intro">{t('intro', { locale: consultation.locale === 'en' ? 'English' : '日本語' })}</p>
        {!writable && <p className="st-notice" role="status">{t('notWritable')}</p>}
        <div className="st-referral__filters" role="search">
          <label className="st-field">
            <span>{t('search')}</span>
            <input ref={search} type="search" value={q} placeholder={t('searchPlaceholder')} onChange={(e) => setQ(e.target.value)}
              data-testid="referral-search" maxLength={100} />
          </label>
          <label className="st-field">
            <span>{t('kind')}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as ServiceKind | '')} data-testid="referral-kind">
              <option value="">{t('allKinds')}</option>
              {SERVICE_KIND_ORDER.map((k) => <option key={k} value={k}>{serviceKindLabel(k, i18n.language)}</option>)}
            </select>
          </label>
          <label className="st-field">
            <span>{t('prefecture')}</span>
            <select value={prefecture} onChange={(e) => setPrefecture(e.target.value)} data-testid="referral-prefecture">
              <option value="">{t('allPrefectures')}</option>
              {PREFECTURES.map(([ja, enName]) => <option key={ja} value={ja}>{en ? enName : ja}</option>)}
            </select>
          </label>
        </div>
        {query.isPending ? (
          <p className="st-muted" role="status">{t('loading')}</p>
        ) : query.isError ? (
          <div className="st-error" role="alert">
            {t('failed')} {errorText(ts, query.error)}{' '}
            <button type="button" className="st-btn" onClick={() => void query.refetch()}>{t('retry')}</button>
          </div>
        ) : directoryEmpty(filter, query.data) && !query.isPlaceholderData ? (
          <p className="st-muted" data-testid="referral-empty-directory">{t('emptyDirectory')}</p>
        ) : query.data.length === 0 ? (
          <p className="st-muted" data-testid="referral-no-results">{t('noResults')}</p>
        ) : (
          <>
            <p className="st-muted st-referral__count" role="status">
              {query.isFetching ? t('loading') : t('count', { count: query.data.length })}
            </p>
            <ul className="st-referral__list" aria-label={t('results')}>
              {query.data.map((s) => (
                <ServiceRow key={s.id} service={s} en={consultation.locale === 'en'} lang={i18n.language} writable={writable} state={sends[s.id]} onSend={() => void doSend(s)} />
              ))}
            </ul>
          </>
        )}
      </div>
    </aside>
  );
}

interface RowProps {
  service: Service;
  /** Name, hours and description as the card will carry them: in the visitor's language. */
  en: boolean;
  lang: string;
  writable: boolean;
  state: SendState | undefined;
  onSend(): void;
}

function ServiceRow({ service: s, en, lang, writable, state, onSend }: RowProps) {
  const { t } = useTranslation('referral');
  const { t: ts } = useTranslation('staff');
  const name = en && s.en?.name ? s.en.name : s.name;
  const hours = en && s.en?.hours ? s.en.hours : s.hours;
  const url = safeUrl(s.url);
  return (
    <li className="st-referral__item" data-testid="referral-result" data-service-id={s.id}>
      <p className="st-referral__kind"><span className="st-tag">{serviceKindLabel(s.kind, lang)}</span> {areaText(s.area, lang)}</p>
      <p className="st-referral__name"><SafeText text={name} /></p>
      <p className="st-referral__facts">
        {s.phone && <span>{t('phone')} {s.phone}</span>}
        {hours && <span>{t('hours')} <SafeText text={hours} /></span>}
        {url && <span>{t('url')} <a href={url} target="_blank" rel="noreferrer noopener">{url}</a></span>}
      </p>
      {(en && s.en?.description) || s.description ? (
        <p className="st-referral__desc"><SafeText text={(en && s.en?.description) || s.description} /></p>
      ) : null}
      <div className="st-referral__send">
        <button type="button" className="st-btn st-btn--primary" onClick={onSend} data-testid="referral-send"
          disabled={!writable || state?.phase === 'sending'}>
          {state?.phase === 'sending' ? t('sending') : t('send')}
        </button>
        {state?.phase === 'sent' && <span className="st-referral__sent" role="status" data-testid="referral-sent">{t('sent')}</span>}
        {state?.phase === 'failed' && (
          <span className="st-error" role="alert" data-testid="referral-failed">{t('sendFailed', { error: errorText(ts, state.error) })}</span>
        )}
      </div>
    </li>
  );
}
