import type { CannedReply, CannedScope } from '@hidamari/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { isAdmin, useStaff } from '../session';
import { StaffHeader } from '../workspace/StaffHeader';
import '../workspace/workspace-ux.css';
import { useCannedReplies, useDeleteCanned } from './canned-api';
import { CannedForm } from './CannedForm';

/** Canned replies: the center's list (admins edit; everyone sees it) and one's own. */
export function CannedPage() {
  const { t } = useTranslation(['canned', 'staff']);
  const staff = useStaff();
  const replies = useCannedReplies();
  useEffect(() => {
    document.title = `${t('title')} — ${t('staff:appName')}`;
  }, [t]);

  return (
    <div className="st-shell">
      <StaffHeader page="canned" />
      <main className="st-canned-page">
        <h1>{t('title')}</h1>
        <p className="st-muted">{t('lead')}</p>
        {replies.isPending ? (
          <p role="status" className="st-muted">{t('loading')}</p>
        ) : replies.isError ? (
          <div role="alert" className="st-notice st-notice--warn">
            <p>{t('loadFailed')}</p>
            <button type="button" className="st-btn" onClick={() => void replies.refetch()}>{t('retry')}</button>
          </div>
        ) : (
          (['center', 'personal'] as const).map((scope) => (
            <CannedSection key={scope} scope={scope} replies={replies.data.filter((r) => r.scope === scope)} canAdd={scope === 'personal' || isAdmin(staff)} />
          ))
        )}
      </main>
    </div>
  );
}

function CannedSection({ scope, replies, canAdd }: { scope: CannedScope; replies: CannedReply[]; canAdd: boolean }) {
  const { t } = useTranslation(['canned', 'staff']);
  const { t: ts } = useTranslation('staff');
  const remove = useDeleteCanned();
  const [editing, setEditing] = useState<CannedReply | undefined>();
  const editable = replies.some((r) => r.editable);
  return (
    <section aria-labelledby={`canned-${scope}`} data-testid={`canned-${scope}`}>
      <h2 id={`canned-${scope}`}>{t(`${scope}.title`)}</h2>
      <p className="st-muted">{t(`${scope}.hint`)}</p>
      {replies.length === 0 ? (
        <p className="st-muted">{t(`${scope}.empty`)}</p>
      ) : (
        <table className="st-table">
          <thead>
            <tr>
              <th scope="col">{t('cols.shortcut')}</th>
              <th scope="col">{t('cols.title')}</th>
              <th scope="col">{t('cols.ja')}</th>
              <th scope="col">{t('cols.en')}</th>
              {editable && <th scope="col" className="st-table__actions">{t('cols.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {replies.map((r) => (
              <tr key={r.id} data-testid="canned-row">
                <td>{r.shortcut && <code>/{r.shortcut}</code>}</td>
                <th scope="row">{r.title}</th>
                <td lang="ja">{r.body.ja}</td>
                <td lang="en">{r.body.en}</td>
                {editable && (
                  <td className="st-table__actions">
                    {r.editable && (
                      <>
                        <button type="button" className="st-btn" aria-label={`${t('edit')}: ${r.title}`} onClick={() => setEditing(r)}>{t('edit')}</button>{' '}
                        <button type="button" className="st-btn st-btn--danger" aria-label={`${t('delete')}: ${r.title}`} disabled={remove.isPending}
                          onClick={() => {
                            if (window.confirm(t('confirmDelete', { title: r.title }))) remove.mutate(r.id);
                          }}>{t('delete')}</button>
                      </>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {remove.error && <p className="st-error" role="alert">{errorText(ts, remove.error)}</p>}
      {canAdd && <CannedForm key={editing?.id ?? 'new'} scope={scope} editing={editing} onDone={() => setEditing(undefined)} />}
    </section>
  );
}
