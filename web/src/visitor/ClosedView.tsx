import type { CloseReason, Hotline } from '@hidamari/shared';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteConversation } from './DeleteConversation';
import { HotlineList } from './HotlineList';
import { OffersLink } from './offers/OffersLink';
import { clearReturnKey } from './returning/return-key.storage';
import { ReturnKeyPanel } from './returning/ReturnKeyPanel';
import { browserStorage } from './session.storage';
import { SurveyCard } from './SurveyCard';
import { useFocusOnMount } from './use-focus-on-mount';
import { closedMessageKey } from './visitor-text';

interface Props {
  reason: CloseReason | null;
  hotlines: Hotline[];
  onStartNew(): void;
  /** Issue 12: this consultation was started with a return key (its deletion takes the whole history and the key). */
  linked?: boolean;
}

export function ClosedView({ reason, hotlines, onStartNew, linked = false }: Props) {
  const { t } = useTranslation('visitor');
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const id = useId();
  const keptHere = useRef(false);
  // Deleting takes the whole linked history, and with it the key: one kept for it goes from this device too.
  const onDeleted = () => {
    if (linked || keptHere.current) clearReturnKey(browserStorage());
  };
  return (
    <section className="hv-card hv-closed" data-testid="closed-view" data-reason={reason ?? undefined} aria-labelledby={id}>
      <h2 id={id} ref={headingRef} tabIndex={-1}>{t('closed.title')}</h2>
      <p>{t(closedMessageKey(reason))}</p>
      <p>{t('closed.comeBack')}</p>
      <ReturnKeyPanel onKept={() => (keptHere.current = true)} />
      <SurveyCard />
      <button type="button" className="hv-button hv-button--primary" data-testid="start-new" onClick={onStartNew}>
        {t('closed.startNew')}
      </button>
      <p className="hv-hint">{t('closed.startNewHint')}</p>
      <p className="hv-offers-line"><OffersLink /></p>
      <DeleteConversation onDone={onStartNew} onDeleted={onDeleted} />
      <HotlineList hotlines={hotlines} />
    </section>
  );
}
