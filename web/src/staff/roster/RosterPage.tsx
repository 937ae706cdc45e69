import { TZDate } from '@date-fns/tz';
import type { ShiftView, StaffView } from '@hidamari/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { StaffHeader } from '../workspace/StaffHeader';
import { BulkDialog } from './BulkDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { Legend } from './Legend';
import { useServiceTimezone, useShiftMutations, useStaffList, useWeekCoverage, useWeekShifts } from './roster-api';
import { rosterErrorText } from './shift-errors';
import { intervalToForm, type ShiftFormValues } from './shift-form-values';
import { ShiftDialog } from './ShiftDialog';
import { useNow } from './use-now';
import { useShiftDrafts } from './use-shift-drafts';
import { WeekGrid } from './WeekGrid';
import { WeekNav } from './WeekNav';
import { gridMinutes, instantAt, localDate, shiftWeek, weekStartOf } from './week-grid';
import './roster.css';

type Editing = { initial: ShiftFormValues; shift: ShiftView | null };
const roleFor = (s: StaffView) => (s.roles.includes('counselor') ? 'counselor' : 'supervisor');

/** The admin's roster: a week per screen in the service's time zone, edited by form, drag or keyboard. */
export function RosterPage() {
  const { t } = useTranslation(['roster', 'staff']);
  const timezone = useServiceTimezone();
  const now = useNow();
  const [offset, setOffset] = useState(0);
  const weekStart = useMemo(() => (timezone ? shiftWeek(weekStartOf(Date.now(), timezone), offset) : null), [timezone, offset]);
  const staffQ = useStaffList();
  const shiftsQ = useWeekShifts(weekStart);
  const coverageQ = useWeekCoverage(weekStart);
  const mutations = useShiftMutations();
  const drafts = useShiftDrafts(mutations.update);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<ShiftView | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [dragError, setDragError] = useState<unknown>(null);

  useEffect(() => {
    document.title = `${t('title')} — ${t('staff:appName')}`;
  }, [t]);

  const staff = (staffQ.data ?? []).filter((s) => s.active && (s.roles.includes('counselor') || s.roles.includes('supervisor')));
  const shifts = shiftsQ.data ?? [];
  const nameOf = (id: string) => staffQ.data?.find((s) => s.id === id)?.displayName ?? '—';
  const shownError = drafts.error ?? dragError;

  function openNew(person?: StaffView, at?: number) {
    if (!weekStart || !timezone) return;
    const base = at ?? (offset === 0 ? Math.ceil(gridMinutes(now, weekStart) / 60) * 60 : 9 * 60);
    const s = instantAt(weekStart, base).toISOString();
    const form = intervalToForm(s, new Date(Date.parse(s) + 8 * 3_600_000).toISOString(), timezone);
    setEditing({ shift: null, initial: { staffId: person?.id ?? '', role: person ? roleFor(person) : 'counselor', ...form } });
  }
  function openEdit(shift: ShiftView) {
    if (!timezone) return;
    setEditing({ shift, initial: { staffId: shift.staffId, role: shift.role, ...intervalToForm(shift.startsAt, shift.endsAt, timezone) } });
  }
  async function dragCreate(person: StaffView, start: number, end: number) {
    if (!weekStart) return;
    setDragError(null);
    try {
      await mutations.create.mutateAsync({
        staffId: person.id, role: roleFor(person),
        startsAt: instantAt(weekStart, start).toISOString(), endsAt: instantAt(weekStart, end).toISOString(),
      });
    } catch (err) {
      setDragError(err);
    }
  }
  async function remove() {
    if (!deleting) return;
    try {
      await mutations.remove.mutateAsync(deleting.id);
      setDeleting(null);
      setEditing(null);
    } catch {
      /* shown in the dialog */
    }
  }

  let body;
  if (!weekStart || staffQ.isPending || shiftsQ.isPending) body = <p className="st-muted" role="status">{t('staff:common.loading')}</p>;
  else if (staffQ.isError || shiftsQ.isError)
    body = (
      <div className="st-error" role="alert">
        {errorText(t as never, staffQ.error ?? shiftsQ.error)}{' '}
        <button type="button" className="st-btn" onClick={() => void Promise.all([staffQ.refetch(), shiftsQ.refetch()])}>{t('staff:common.retry')}</button>
      </div>
    );
  else if (staff.length === 0) body = <p className="st-muted">{t('grid.noStaff')}</p>;
  else
    body = (
      <WeekGrid weekStart={weekStart} now={now} staff={staff} shifts={shifts} coverage={coverageQ.data} coverageFailed={coverageQ.isError}
        pending={drafts.drafts} onCreate={(s, a, b) => void dragCreate(s, a, b)} onClickEmpty={openNew} onOpen={openEdit} onDelete={setDeleting}
        onPreview={(id, d) => (d ? drafts.preview(id, d) : drafts.drop(id))} onCommit={(id, d) => void drafts.commit(id, d)} onNudge={drafts.nudge} />
    );

  return (
    <div className="st-shell">
      <StaffHeader page="roster" />
      <main className="rs-page">
        <div className="rs-top">
          <h1>{t('title')}</h1>
          {weekStart && <WeekNav weekStart={weekStart} offset={offset} onOffset={setOffset} />}
          <div className="rs-top__actions">
            <button type="button" className="st-btn" onClick={() => setBulkOpen(true)} disabled={!weekStart} data-testid="roster-bulk">{t('bulk')}</button>
            <button type="button" className="st-btn st-btn--primary" onClick={() => openNew()} disabled={!weekStart} data-testid="roster-new">{t('newShift')}</button>
          </div>
        </div>
        <p className="st-muted rs-zone">{timezone && t('zone', { timezone })} {t('grid.keys')}</p>
        <div aria-live="polite" className="rs-live">
          {notice && <p className="st-notice" data-testid="roster-notice">{notice} <button type="button" className="st-btn st-btn--link" onClick={() => setNotice(null)}>{t('staff:common.dismiss')}</button></p>}
          {shownError !== null && (
            <p className="st-error" role="alert" data-testid="roster-error">
              {rosterErrorText(t, shownError)} {drafts.error !== null && t('errors.reverted')}{' '}
              <button type="button" className="st-btn st-btn--link" onClick={() => { drafts.setError(null); setDragError(null); }}>{t('staff:common.dismiss')}</button>
            </p>
          )}
        </div>
        {body}
        <Legend />
      </main>
      {editing && timezone && (
        <ShiftDialog initial={editing.initial} shift={editing.shift} staff={staff} timezone={timezone} mutations={mutations}
          onClose={() => setEditing(null)} onDelete={setDeleting} />
      )}
      {deleting && timezone && (
        <ConfirmDialog title={t('confirmDelete.title')} confirmLabel={t('confirmDelete.confirm')} busy={mutations.remove.isPending}
          error={mutations.remove.isError ? rosterErrorText(t, mutations.remove.error) : null}
          onConfirm={() => void remove()} onCancel={() => { mutations.remove.reset(); setDeleting(null); }}>
          {t('confirmDelete.body', { name: nameOf(deleting.staffId), when: describeShift(deleting, timezone) })}
        </ConfirmDialog>
      )}
      {bulkOpen && weekStart && (
        <BulkDialog weekStart={weekStart} shifts={shifts} staff={staff} preselect={null} bulk={mutations.bulk} onClose={() => setBulkOpen(false)}
          onDone={(r) => setNotice([r.created > 0 || r.deleted === 0 ? t('bulkForm.created', { count: r.created }) : '', r.deleted > 0 ? t('bulkForm.deleted', { count: r.deleted }) : ''].filter(Boolean).join(' '))} />
      )}
    </div>
  );
}

function describeShift(s: ShiftView, tz: string): string {
  const f = intervalToForm(s.startsAt, s.endsAt, tz);
  return `${localDate(new TZDate(Date.parse(s.startsAt), tz))} ${f.start}–${f.end}`;
}
