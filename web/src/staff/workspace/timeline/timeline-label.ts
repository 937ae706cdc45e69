import type { TimelineEvent } from '@hidamari/shared';

/**
 * How one timeline row reads: an i18n key of the 'timeline' namespace, the plain values it takes (names, a team) and
 * the terms it takes that are themselves keys (a level, an outcome). Pure, so every event type is table-tested.
 */
export interface TimelineLabel {
  key: string;
  values: Record<string, string>;
  terms: Record<string, string>;
  /** Rows a supervisor's eye should find first: an emergency, a raised risk, a re-alert. */
  tone: 'normal' | 'alert';
  /** With no staff actor: the visitor did it (arrived, left), or else the system (sweeper, shift end). */
  byVisitor: boolean;
  /** A second line: how the chat was closed, in the counselor's words from the outcome list. */
  detail?: { key: string; terms: Record<string, string> };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const oneOf = <T extends string>(v: unknown, options: readonly T[]): T | undefined => (options as readonly unknown[]).includes(v) ? (v as T) : undefined;

const REQUEUE_REASONS = ['counselor_disconnected', 'counselor_cannot_counsel', 'shift_handover'] as const;
const CLOSE_REASONS = ['visitor_left', 'counselor_closed', 'abandoned', 'inactive'] as const;
const LEVELS = ['consult', 'urgent', 'emergency'] as const;
const RISK = ['high', 'elevated', 'none'] as const;
const PREFER_MODES = ['first', 'wait', 'message'] as const;
const PREFER_CHOICES = ['wait', 'message', 'anyone'] as const;
const OUTCOMES = ['listened', 'information_given', 'referred', 'follow_up', 'no_response', 'other'] as const;
/** Types whose label takes nothing but the type itself. */
const PLAIN = [
  'queued', 'claimed', 'handoff_declined', 'handoff_expired', 'handoff_cancelled', 'escalation_acknowledged', 'escalation_resolved',
  'supervisor_joined',
] as const;

const label = (key: string, more: Partial<TimelineLabel> = {}): TimelineLabel => ({ key, values: {}, terms: {}, tone: 'normal', byVisitor: false, ...more });

export function timelineLabel(e: TimelineEvent): TimelineLabel {
  const d = e.data;
  const plain = oneOf(e.type, PLAIN);
  if (plain) return label(`events.${plain}`, { byVisitor: plain === 'queued' });
  switch (e.type) {
    case 'requeued':
      return label(`events.requeued.${oneOf(d.reason, REQUEUE_REASONS) ?? 'other'}`);
    case 'closed': {
      const outcome = oneOf(d.outcome, OUTCOMES);
      const reason = oneOf(d.reason, CLOSE_REASONS) ?? 'other';
      return label(`events.closed.${reason}`, {
        byVisitor: reason === 'visitor_left',
        ...(outcome ? { detail: { key: 'outcome', terms: { outcome: `outcomes.${outcome}` } } } : {}),
      });
    }
    case 'transferred':
      return d.mode === 'cold'
        ? label('events.transferred.cold', { values: { team: str(d.toTeam) ?? '—' } })
        : withName(label('events.transferred.warm'), 'to', d.toStaffName);
    case 'handoff_offered':
      return withName(label('events.handoff_offered'), 'to', d.toStaffName);
    case 'handoff_accepted':
      return withName(label('events.handoff_accepted'), 'from', d.fromStaffName);
    case 'takeover':
      return withName(label('events.takeover'), 'from', d.fromStaffName);
    case 'escalated': {
      const level = oneOf(d.level, LEVELS) ?? 'consult';
      return label(d.notified === 'admins' ? 'events.escalated.admins' : 'events.escalated.supervisors', {
        terms: { level: `levels.${level}` }, tone: level === 'emergency' ? 'alert' : 'normal',
      });
    }
    case 'escalation_realerted':
      return label('events.escalation_realerted', { tone: 'alert' });
    // Issue 12: the counselor a returning visitor asked for.
    case 'preferred_offered':
      return withName(label(`events.preferred_offered.${oneOf(d.mode, PREFER_MODES) ?? 'first'}`, { byVisitor: true }), 'to', d.preferredStaffName);
    case 'preference_changed':
      return label(`events.preference_changed.${oneOf(d.choice, PREFER_CHOICES) ?? 'anyone'}`, { byVisitor: true });
    case 'preference_expired':
      return label('events.preference_expired');
    default:
      return riskLabel(e) ?? label('events.other', { values: { type: e.type } });
  }
}

/** Risk rows: any type starting `risk_`, with the level it moved to (`level` or `to`) and, when given, from. */
function riskLabel(e: TimelineEvent): TimelineLabel | null {
  if (!e.type.startsWith('risk_')) return null;
  const to = oneOf(e.data.level, RISK) ?? oneOf(e.data.to, RISK);
  const from = oneOf(e.data.from, RISK) ?? oneOf(e.data.previous, RISK);
  if (!to) return label('events.risk.changed');
  const lowered = from !== undefined && RISK.indexOf(to) > RISK.indexOf(from);
  return label(lowered ? 'events.risk.lowered' : 'events.risk.raised', {
    terms: { level: `risk.${to}` }, tone: lowered || to === 'none' ? 'normal' : 'alert',
  });
}

/** A person named in the row; when the name is unknown (an account deleted since), a neutral word instead. */
function withName(l: TimelineLabel, key: 'to' | 'from', name: unknown): TimelineLabel {
  const n = str(name);
  return n ? { ...l, values: { ...l.values, [key]: n } } : { ...l, terms: { ...l.terms, [key]: 'someone' } };
}
