import { useTranslation } from 'react-i18next';
import './history.css';

/** 「再来 · 前回 n 回」: on the chat header and the queue item of a consultation linked to earlier ones. */
export function ReturningMarker({ count }: { count: number }) {
  const { t } = useTranslation('history');
  if (count <= 0) return null;
  return (
    <span className="st-returning" data-testid="returning-marker" title={t('markerTitle', { count })}>{t('marker', { count })}</span>
  );
}
