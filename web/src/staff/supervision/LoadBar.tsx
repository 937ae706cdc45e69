import { useTranslation } from 'react-i18next';

/** n of max as a bar and as words (the bar alone would say it by length and colour only). */
export function LoadBar({ load, max, counsels }: { load: number; max: number; counsels: boolean }) {
  const { t } = useTranslation('team');
  if (!counsels && load === 0) return <span className="st-muted">{t('noChats')}</span>;
  const ratio = max > 0 ? Math.min(load / max, 1) : 0;
  const level = load >= max ? 'full' : ratio >= 0.5 ? 'busy' : 'light';
  return (
    <span className="st-load">
      <span className="st-load__track" aria-hidden="true">
        <span className={`st-load__fill st-load__fill--${level}`} style={{ width: `${ratio * 100}%` }} />
      </span>
      <span className="st-load__text">{t('loadOf', { load, max })}</span>
    </span>
  );
}
