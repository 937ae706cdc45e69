import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from './use-focus-on-mount';

const SLOW_MS = 10_000;

/** A stored consultation is reconnecting. Only if that takes long is "start over" offered, so nobody drops a chat by accident. */
export function RestoringView({ onStartOver }: { onStartOver(): void }) {
  const { t } = useTranslation('visitor');
  const [slow, setSlow] = useState(false);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <section className="hv-restoring" aria-busy={!slow}>
      <h1 ref={headingRef} tabIndex={-1}>{t('app.connecting')}</h1>
      {slow && (
        <div role="status">
          <p>{t('app.connectingSlow')}</p>
          <button type="button" className="hv-button hv-button--quiet" onClick={onStartOver}>{t('app.startOver')}</button>
          <p className="hv-hint">{t('app.startOverHint')}</p>
        </div>
      )}
    </section>
  );
}
