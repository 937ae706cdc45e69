import type { Hotline } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { safeWebUrl, telHref } from './hotline-links';

export function HotlineList({ hotlines }: { hotlines: Hotline[] }) {
  const { t } = useTranslation('visitor');
  if (hotlines.length === 0) return null;
  return (
    <div className="hv-hotlines">
      <h3>{t('hotlines.title')}</h3>
      <p>{t('hotlines.lead')}</p>
      <ul>
        {hotlines.map((h) => {
          const tel = telHref(h.phone);
          const url = safeWebUrl(h.url);
          return (
            <li key={`${h.name}-${h.phone}`}>
              <span className="hv-hotlines__name">{h.name}</span>
              {tel ? <a className="hv-hotlines__phone" href={tel}>{h.phone}</a> : <span>{h.phone}</span>}
              {h.hours && <span className="hv-hint">{h.hours}</span>}
              {url && (
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {t('hotlines.website')}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
