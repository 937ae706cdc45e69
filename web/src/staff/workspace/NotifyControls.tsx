import { useTranslation } from 'react-i18next';
import type { DesktopNotifier, NotifyState } from '../desktop-notify';

/** The header's switch: aria-pressed tells whether desktop notifications go out. */
export function NotifyToggle({ notifier, state }: { notifier: DesktopNotifier; state: NotifyState }) {
  const { t } = useTranslation('staff');
  const on = state.permission === 'granted' && state.enabled;
  const blocked = state.permission === 'denied' || state.permission === 'unsupported';
  const hint = state.permission === 'denied' ? t('notify.denied') : state.permission === 'unsupported' ? t('notify.unsupported') : undefined;
  return (
    <button type="button" className="st-btn st-btn--quiet" data-testid="notify-toggle" aria-pressed={on} aria-disabled={blocked || undefined}
      title={hint} aria-describedby={blocked ? 'st-notify-hint' : undefined} onClick={() => void notifier.toggle()}>
      {on ? t('notify.on') : t('notify.off')}
      {blocked && <span id="st-notify-hint" className="st-sr-only">{hint}</span>}
    </button>
  );
}

/** Asked when the counselor goes on duty (never on page load): a choice, not the browser's prompt out of nowhere. */
export function NotifyPrompt({ notifier, state, onDuty }: { notifier: DesktopNotifier; state: NotifyState; onDuty: boolean }) {
  const { t } = useTranslation('staff');
  if (!(onDuty && state.permission === 'default' && !state.dismissed)) return null;
  return (
    <div className="st-notice st-notify-prompt" role="region" aria-label={t('notify.ask')} data-testid="notify-prompt">
      <p>{t('notify.askHint')}</p>
      <button type="button" className="st-btn st-btn--primary" data-testid="notify-ask" onClick={() => void notifier.ask()}>{t('notify.ask')}</button>
      <button type="button" className="st-btn st-btn--quiet" onClick={() => notifier.later()}>{t('notify.later')}</button>
    </div>
  );
}
