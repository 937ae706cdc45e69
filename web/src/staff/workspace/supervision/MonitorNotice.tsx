import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { monitorStore } from './monitor-store';
import './monitor-notice.css';
import { isolatedText } from '../../../lib/invisible-chars';

/** Tells the counselor that a supervisor is monitoring this chat (and who); nothing when nobody is. */
export function MonitorNotice({ consultationId }: { consultationId: string }) {
  const { t, i18n } = useTranslation('supervision');
  const monitors = useSyncExternalStore(monitorStore.subscribe, useCallback(() => monitorStore.of(consultationId), [consultationId]));
  if (monitors.length === 0) return null;
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(monitors.map((m) => isolatedText(m.displayName)));
  return (
    <p className="st-monitor-notice" role="status" data-testid="monitor-notice">
      {t('watchedBy', { names })}
    </p>
  );
}
