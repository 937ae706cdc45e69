import type { StaffView } from '@hidamari/shared';
import { useState, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { minutesAtX, SNAP_MINUTES, pctOfWeek } from './week-grid';

interface Props {
  staff: StaffView;
  /** The row's blocks, already drawn by the grid. */
  children: ReactNode;
  /** Shared marks drawn under the blocks (today, the current time). */
  backdrop: ReactNode;
  onDragCreate(staff: StaffView, start: number, end: number): void;
  onClickEmpty(staff: StaffView, at: number): void;
}


/** A staff member's week: drag on an empty stretch to draw a new shift; a plain click opens the form there. */
export function StaffRow({ staff, children, backdrop, onDragCreate, onClickEmpty }: Props) {
  const { t } = useTranslation(['roster', 'staff']);
  const [ghost, setGhost] = useState<{ anchor: number; start: number; end: number; x: number } | null>(null);

  const at = (e: PointerEvent<HTMLElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return minutesAtX(e.clientX - r.left, r.width);
  };
  function down(e: PointerEvent<HTMLDivElement>) {
    if (e.button !== 0 || e.target !== e.currentTarget) return;
    const m = at(e);
    e.currentTarget.setPointerCapture(e.pointerId);
    setGhost({ anchor: m, start: m, end: m, x: e.clientX });
  }
  function move(e: PointerEvent<HTMLDivElement>) {
    if (!ghost) return;
    const m = at(e);
    setGhost({ ...ghost, start: Math.min(ghost.anchor, m), end: Math.max(ghost.anchor, m) });
  }
  function up(e: PointerEvent<HTMLDivElement>) {
    if (!ghost) return;
    setGhost(null);
    if (ghost.end - ghost.start >= SNAP_MINUTES) onDragCreate(staff, ghost.start, ghost.end);
    else if (Math.abs(e.clientX - ghost.x) < 4) onClickEmpty(staff, Math.floor(ghost.anchor / 60) * 60);
  }

  return (
    <div className="rs-row" role="row" data-testid="roster-row" data-staff-id={staff.id}>
      <div className="rs-row__head" role="rowheader">
        <span className="rs-row__name">{staff.displayName}</span>
        <span className="rs-row__roles" title={staff.roles.map((r) => t(`staff:roles.${r}`)).join('・')}>{staff.roles.filter((r) => r !== 'admin').map((r) => t(`staff:roles.${r}`)).join('・') || t('staff:roles.admin')}</span>
      </div>
      <div className="rs-track" role="gridcell" title={t('grid.rowHint')} data-testid="roster-track"
        onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerCancel={() => setGhost(null)}>
        {backdrop}
        {ghost && ghost.end > ghost.start && (
          <div className="rs-ghost" style={{ left: pctOfWeek(ghost.start), width: pctOfWeek(ghost.end - ghost.start) }} aria-hidden="true" />
        )}
        {children}
      </div>
    </div>
  );
}
