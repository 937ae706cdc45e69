import type { TeamMemberLive } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { LoadBar } from './LoadBar';

/** Each person who counsels: on duty or away, and how many chats they hold of how many. */
export function CounselorsTable({ members }: { members: TeamMemberLive[] }) {
  const { t } = useTranslation('supervision');
  if (members.length === 0) return <p className="st-muted">{t('counselors.empty')}</p>;
  return (
    <table className="st-table sv-people">
      <thead><tr><th scope="col">{t('col.name')}</th><th scope="col">{t('col.duty')}</th><th scope="col">{t('col.load')}</th></tr></thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.staffId}>
            <th scope="row">{m.displayName}</th>
            <td><span className={`st-team__duty st-team__duty--${m.onDuty ? 'on' : 'off'}`}>{m.onDuty ? t('counselors.onDuty') : t('counselors.offDuty')}</span></td>
            <td><LoadBar load={m.load} max={m.maxConcurrent} counsels /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
