import type { Settings } from '@hidamari/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';

/** The settings' cache entry the settings page uses too, so an admin's edit shows here on the next read. */
const settingsKey = ['settings'] as const;

/** What to do in an emergency: the center's procedure and the crisis lines, beside the chat while an emergency is open. */
export function EmergencyGuide() {
  const { t, i18n } = useTranslation('escalation');
  const q = useQuery({ queryKey: settingsKey, queryFn: async () => (await api<{ settings: Settings }>('GET', '/api/settings')).settings });
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const procedure = q.data?.emergencyProcedure[lang].trim() || q.data?.emergencyProcedure[lang === 'en' ? 'ja' : 'en'].trim();
  return (
    <details className="esc-guide" open data-testid="emergency-guide">
      <summary>{t('guide.title')}</summary>
      {q.isPending ? <p role="status">{t('guide.loading')}</p> : q.isError ? <p className="esc-error" role="alert">{t('guide.failed')}</p> : (
        <>
          <h4>{t('guide.procedure')}</h4>
          {procedure ? <p className="esc-guide__procedure">{procedure}</p> : <p className="st-muted">{t('guide.noProcedure')}</p>}
          <h4>{t('guide.hotlines')}</h4>
          {q.data.hotlines.length === 0 ? <p className="st-muted">{t('guide.noHotlines')}</p> : (
            <ul className="esc-guide__lines">
              {q.data.hotlines.map((h) => (
                <li key={`${h.name}-${h.phone}`}>
                  {h.name}: <a href={`tel:${h.phone.replace(/[^0-9+#*]/g, '')}`}>{h.phone}</a>
                  {h.hours && <span className="st-muted"> · {t('guide.hours', { hours: h.hours })}</span>}
                  {h.url && <> · <a href={h.url} target="_blank" rel="noreferrer noopener">{h.url}</a></>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </details>
  );
}
