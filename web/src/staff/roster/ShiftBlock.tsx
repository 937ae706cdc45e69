import { TZDate } from '@date-fns/tz';
import type { ShiftView } from '@hidamari/shared';
import { format } from 'date-fns';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from './use-shift-drafts';
import { nudge, placeBlock, snap, SNAP_MINUTES, pctOfWeek, WEEK_MINUTES, type BlockPlacement } from './week-grid';

type Mode = 'move' | 'resize-start' | 'resize-end';

interface Props {
  shift: ShiftView;
  name: string;
  weekStart: TZDate;
  pending: boolean;
  onOpen(shift: ShiftView): void;
  onDelete(shift: ShiftView): void;
  /** Draw a draft while dragging (null: drop it), send one when the drag ends, or gather a keyboard nudge. */
  onPreview(id: string, draft: Draft | null): void;
  onCommit(id: string, draft: Draft): void;
  onNudge(id: string, draft: Draft): void;
}

const hm = (iso: string, tz: string) => format(new TZDate(Date.parse(iso), tz), 'H:mm');
/** On the block itself whole hours drop their ":00" so a short shift still shows its times. */
const compact = (time: string) => time.replace(/:00$/, '');

/** One shift on a staff member's row: a button you can drag, resize by its edges, or move with the arrow keys. */
export function ShiftBlock({ shift, name, weekStart, pending, onOpen, onDelete, onPreview, onCommit, onNudge }: Props) {
  const { t } = useTranslation(['roster', 'staff']);
  const drag = useRef<{ mode: Mode; x: number; width: number; moved: boolean; draft: Draft | null } | null>(null);
  const suppressClick = useRef(false);
  const place: BlockPlacement | null = placeBlock(shift.startsAt, shift.endsAt, weekStart);
  if (!place) return null;
  const tz = weekStart.timeZone ?? 'UTC';
  const from = hm(shift.startsAt, tz);
  const to = hm(shift.endsAt, tz);
  const role = t(`staff:roles.${shift.role}`);

  function down(e: PointerEvent<HTMLElement>, mode: Mode) {
    if (e.button !== 0) return;
    e.stopPropagation();
    // A drag's trailing click may never come (pointer capture): forget it once a new press starts.
    suppressClick.current = false;
    const track = (e.currentTarget as HTMLElement).closest('.rs-track');
    if (!track) return;
    drag.current = { mode, x: e.clientX, width: track.getBoundingClientRect().width, moved: false, draft: null };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  }
  function move(e: PointerEvent<HTMLElement>) {
    const d = drag.current;
    if (!d) return;
    const dx = e.clientX - d.x;
    if (!d.moved && Math.abs(dx) < 4) return;
    d.moved = true;
    const delta = snap((dx / d.width) * WEEK_MINUTES);
    d.draft = delta === 0 ? null : nudge(shift.startsAt, shift.endsAt, delta, d.mode, weekStart);
    onPreview(shift.id, d.draft);
  }
  function up() {
    const d = drag.current;
    drag.current = null;
    if (!d?.moved) return;
    suppressClick.current = true;
    if (d.draft) onCommit(shift.id, d.draft);
  }
  function cancel() {
    if (drag.current) onPreview(shift.id, null);
    drag.current = null;
  }
  function key(e: KeyboardEvent<HTMLElement>) {
    const dir = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (dir !== 0) {
      e.preventDefault();
      onNudge(shift.id, nudge(shift.startsAt, shift.endsAt, dir * SNAP_MINUTES, e.shiftKey ? 'resize-end' : 'move', weekStart));
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      onDelete(shift);
    } else if (e.key === 'Escape' && drag.current) {
      cancel();
    }
  }

  return (
    <button type="button" data-testid="roster-shift" data-shift-id={shift.id} data-role={shift.role}
      className={`rs-block rs-block--${shift.role}${pending ? ' rs-block--pending' : ''}${place.clippedStart ? ' rs-block--from-prev' : ''}${place.clippedEnd ? ' rs-block--to-next' : ''}`}
      style={{ left: pctOfWeek(place.start), width: pctOfWeek(place.end - place.start) }}
      aria-label={t('block.label', { name, role, from, to })} title={`${name} · ${role} · ${from}–${to}`}
      onClick={() => {
        if (suppressClick.current) suppressClick.current = false;
        else onOpen(shift);
      }}
      onKeyDown={key} onPointerDown={(e) => down(e, 'move')} onPointerMove={move} onPointerUp={up} onPointerCancel={cancel}>
      <span className="rs-block__handle rs-block__handle--start" aria-hidden="true" onPointerDown={(e) => down(e, 'resize-start')} />
      <span className="rs-block__role">{t(`block.short.${shift.role === 'supervisor' ? 'supervisor' : 'counselor'}`)}</span>
      <span className="rs-block__time">{compact(from)}–{compact(to)}</span>
      <span className="rs-block__handle rs-block__handle--end" aria-hidden="true" onPointerDown={(e) => down(e, 'resize-end')} />
    </button>
  );
}
