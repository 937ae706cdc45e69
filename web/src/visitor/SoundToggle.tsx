import { useTranslation } from 'react-i18next';

/** A switch for the reply chime: off by default, remembered on this device. */
export function SoundToggle({ on, onChange }: { on: boolean; onChange(on: boolean): void }) {
  const { t } = useTranslation('visitor');
  return (
    <button type="button" className="hv-sound" aria-pressed={on} data-testid="sound-toggle" onClick={() => onChange(!on)}>
      {/* A drawn bell, not an emoji: phones without an emoji font would show a box. */}
      <svg className="hv-sound__icon" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <path d="M8 1.5a4 4 0 0 0-4 4v2.8L2.5 11h11L12 8.3V5.5a4 4 0 0 0-4-4ZM6.3 12.5a1.8 1.8 0 0 0 3.4 0Z" fill="currentColor" />
        {!on && <path d="M2 2l12 12" stroke="currentColor" strokeWidth="1.6" />}
      </svg>
      {t('chat.soundLabel')}
    </button>
  );
}
