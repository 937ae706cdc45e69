import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHandoffs } from './HandoffContext';
import { HandoffDialog } from './HandoffDialog';
import { canStart } from './handoff-state';

/** "Hand off" beside "close" in a chat I hold; disabled while an offer of this chat waits for its answer. */
export function HandoffButton({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation('handoff');
  const { state } = useHandoffs();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="st-btn" data-testid="handoff-open" disabled={!canStart(state, consultationId)} onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      <HandoffDialog consultationId={consultationId} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
