import type { RiskFlagged } from '@hidamari/shared';

/** A `risk:flagged` shown until the person dismisses it; a newer one for the same chat replaces it. */
export interface RiskAlert extends RiskFlagged {
  /** When it arrived (ms since epoch). */
  at: number;
}

export type RiskAlertAction = { type: 'flagged'; flagged: RiskFlagged; at: number } | { type: 'dismiss'; consultationId: string } | { type: 'clear' };

/** At most this many at once: a long shift must not bury the screen; the oldest go first. */
export const MAX_RISK_ALERTS = 5;

/** Newest first. */
export function riskAlertsReducer(alerts: readonly RiskAlert[], action: RiskAlertAction): RiskAlert[] {
  switch (action.type) {
    case 'flagged': {
      const rest = alerts.filter((a) => a.consultationId !== action.flagged.consultationId);
      return [{ ...action.flagged, at: action.at }, ...rest].slice(0, MAX_RISK_ALERTS);
    }
    case 'dismiss':
      return alerts.filter((a) => a.consultationId !== action.consultationId);
    case 'clear':
      return [];
  }
}
