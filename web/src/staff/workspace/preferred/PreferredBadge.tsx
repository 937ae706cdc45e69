import type { PreferredCounselor } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { SafeText } from '../../../lib/safe-text';
import { formatInZone } from '../../service-status';
import { preferredLine } from './preferred-text';
import './preferred.css';

interface Props {
  preferred: PreferredCounselor;
  now: number;
  timezone: string;
  /** The reservation is for the signed-in counselor. */
  mine: boolean;
}

/** "Asked for X · 2:41 left" / "Waiting for X (next on …)" on a queue item; for me, said so first. */
export function PreferredBadge({ preferred, now, timezone, mine }: Props) {
  const { t, i18n } = useTranslation('staff');
  const line = preferredLine(preferred, now);
  const values = line.key === 'queue.preferred.first'
    ? { left: line.left }
    : { at: formatInZone(line.at, timezone, i18n.language, 'datetime') };
  // The name is someone's chosen display name: isolated like every other name, around the translated sentence.
  const [before, after] = t(line.key, { ...values, name: '\u0000' }).split('\u0000');
  return (
    <p className={`st-preferred${mine ? ' st-preferred--mine' : ''}`} data-testid="queue-preferred" data-mode={preferred.mode}
      data-mine={mine ? 'true' : 'false'}>
      {mine && <strong className="st-preferred__mine">{t('queue.preferred.forYou')}</strong>}
      <span>{before}<SafeText text={line.name} />{after}</span>
    </p>
  );
}
