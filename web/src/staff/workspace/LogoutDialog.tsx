import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import type { ChatState } from '../workspace.reducer';
import { useModalDialog } from './use-modal-dialog';
import type { WorkspaceApi } from './useStaffWorkspace';
import { SafeText } from '../../lib/safe-text';

interface Props {
  open: boolean;
  held: ChatState[];
  handover: WorkspaceApi['handover'];
  onCancel(): void;
  onLogout(): void;
}

/** Logging out while holding chats: hand them back to the front of the queue first (the default), or leave anyway. */
export function LogoutDialog({ open, held, handover, onCancel, onLogout }: Props) {
  const { t } = useTranslation('staff');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useModalDialog(open, () => setError(null));

  async function handBackAndLeave() {
    setBusy(true);
    setError(null);
    const acks = await Promise.all(held.map((c) => handover(c.consultation.id, '')));
    setBusy(false);
    const failed = acks.find((a) => !a.ok);
    if (failed && !failed.ok) return setError(t('logout.failed', { error: errorText(t, failed.error) }));
    onLogout();
  }

  return (
    <dialog ref={ref} className="st-dialog" aria-labelledby="st-logout-title" aria-describedby="st-logout-intro" data-testid="logout-dialog"
      onCancel={(e) => (e.preventDefault(), onCancel())}>
      <div className="st-form" aria-busy={busy}>
        <h2 id="st-logout-title">{t('logout.title')}</h2>
        <p id="st-logout-intro">{t('logout.intro', { count: held.length })}</p>
        <ul>
          {held.map((c) => <li key={c.consultation.id}>{c.consultation.nickname ? <SafeText text={c.consultation.nickname} /> : t('chat.anonymous')}</li>)}
        </ul>
        {error && <p className="st-error" role="alert">{error}</p>}
        <div className="st-dialog__actions">
          <button type="button" className="st-btn" onClick={onCancel} disabled={busy}>{t('common.cancel')}</button>
          <button type="button" className="st-btn st-btn--quiet" data-testid="logout-anyway" onClick={onLogout} disabled={busy}>{t('logout.anyway')}</button>
          <button type="button" className="st-btn st-btn--primary" data-testid="logout-handover" onClick={() => void handBackAndLeave()} disabled={busy}>
            {busy ? t('logout.handingOver') : t('logout.handover')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
