import { TZDate } from '@date-fns/tz';
import type { Coverage, ShiftView, StaffView } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';
import { ShiftBlock } from './ShiftBlock';
import { StaffRow } from './StaffRow';
import type { Draft } from './use-shift-drafts';
import { WeekHeader } from './WeekHeader';
import { DAY_MINUTES, gridMinutes, localDate, pctOfWeek, WEEK_MINUTES } from './week-grid';

interface Props {
  weekStart: TZDate;
  now: Date;
  staff: StaffView[];
  shifts: ShiftView[];
  coverage: Coverage | undefined;
  coverageFailed: boolean;
  pending: Record<string, Draft>;
  onCreate(staff: StaffView, start: number, end: number): void;
  onClickEmpty(staff: StaffView, at: number): void;
  onOpen(shift: ShiftView): void;
  onDelete(shift: ShiftView): void;
  onPreview(id: string, draft: Draft | null): void;
  onCommit(id: string, draft: Draft): void;
  onNudge(id: string, draft: Draft): void;
}


/** Staff as rows, the week as one timeline per row; today and the current time are drawn on every row. */
export function WeekGrid(p: Props) {
  const { t } = useTranslation('roster');
  const nowAt = gridMinutes(p.now, p.weekStart);
  const todayIndex = Math.floor(nowAt / DAY_MINUTES);
  const inWeek = nowAt >= 0 && nowAt < WEEK_MINUTES;
  const backdrop = (
    <>
      {Array.from({ length: 6 }, (_, i) => <span key={i} className="rs-dayline" style={{ left: pctOfWeek((i + 1) * DAY_MINUTES) }} />)}
      {inWeek && <span className="rs-today" style={{ left: pctOfWeek(todayIndex * DAY_MINUTES), width: pctOfWeek(DAY_MINUTES) }} />}
      {inWeek && <span className="rs-now" style={{ left: pctOfWeek(nowAt) }} data-testid="roster-now" />}
    </>
  );

  return (
    <div className="rs-grid" role="grid" aria-label={t('grid.label')} data-testid="roster-grid" data-week={localDate(p.weekStart)}>
      <WeekHeader weekStart={p.weekStart} today={inWeek ? localDate(new TZDate(p.now.getTime(), p.weekStart.timeZone ?? 'UTC')) : ''} coverage={p.coverage} coverageFailed={p.coverageFailed} />
      {p.staff.map((s) => (
        <StaffRow key={s.id} staff={s} backdrop={backdrop} onDragCreate={p.onCreate} onClickEmpty={p.onClickEmpty}>
          {p.shifts.filter((x) => x.staffId === s.id).map((x) => (
            <ShiftBlock key={x.id} shift={p.pending[x.id] ? { ...x, ...p.pending[x.id] } : x} name={s.displayName} weekStart={p.weekStart}
              pending={Boolean(p.pending[x.id])} onOpen={p.onOpen} onDelete={p.onDelete}
              onPreview={p.onPreview} onCommit={p.onCommit} onNudge={p.onNudge} />
          ))}
        </StaffRow>
      ))}
    </div>
  );
}
