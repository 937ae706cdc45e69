import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import type { WorkspaceApi } from './useStaffWorkspace';

/** On/off duty as one toggle button: Space and Enter work, aria-pressed tells the state. */
export function DutyToggle({ onDuty, setDuty }: { onDuty: boolean; setDuty: WorkspaceApi['setDuty'] }) {
  const { t } = useTranslation('staff');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggle = async () => {
    setBusy(true);
    setError(null);
    const ack = await setDuty(!onDuty);
    setBusy(false);
    if (!ack.ok) setError(errorText(t, ack.error));
  };
  return (
    <span className="st-duty">
      <button type="button" className={`st-switch${onDuty ? ' st-switch--on' : ''}`} data-testid="duty-toggle"
        aria-pressed={onDuty} disabled={busy} onClick={() => void toggle()}>
        <span className="st-switch__knob" aria-hidden="true" />
        {onDuty ? t('header.onDuty') : t('header.offDuty')}
      </button>
      {error && <span className="st-error" role="alert">{error}</span>}
    </span>
  );
}
