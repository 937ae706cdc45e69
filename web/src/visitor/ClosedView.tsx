import type { CloseReason, Hotline } from '@hidamari/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteConversation } from './DeleteConversation';
import { HotlineList } from './HotlineList';
import { SurveyCard } from './SurveyCard';
import { useFocusOnMount } from './use-focus-on-mount';
import { closedMessageKey } from './visitor-text';

interface Props {
  reason: CloseReason | null;
  hotlines: Hotline[];
  onStartNew(): void;
}

export function ClosedView({ reason, hotlines, onStartNew }: Props) {
  const { t } = useTranslation('visitor');
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const id = useId();
  return (
    <section className="hv-card hv-closed" data-testid="closed-view" data-reason={reason ?? undefined} aria-labelledby={id}>
      <h2 id={id} ref={headingRef} tabIndex={-1}>{t('closed.title')}</h2>
      <p>{t(closedMessageKey(reason))}</p>
      <p>{t('closed.comeBack')}</p>
      <SurveyCard />
      <button type="button" className="hv-button hv-button--primary" data-testid="start-new" onClick={onStartNew}>
        {t('closed.startNew')}
      </button>
      <p className="hv-hint">{t('closed.startNewHint')}</p>
      <DeleteConversation onDone={onStartNew} />
      <HotlineList hotlines={hotlines} />
    </section>
  );
}
