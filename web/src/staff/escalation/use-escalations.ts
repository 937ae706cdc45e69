import { useEffect, useSyncExternalStore } from 'react';
import { useSession } from '../session';
import { escalationStore } from './escalation-store';
import type { EscalationState } from './escalation.reducer';

/** Supervisors and admins are alerted; anyone signed in (a counselor) follows the escalations they raised. */
export const isAlerted = (roles: readonly string[]): boolean => roles.includes('supervisor') || roles.includes('admin');

/** Keeps the tab's escalation connection open while someone is signed in (mounted once, by EscalationAlerts). */
export function useEscalationConnection(): void {
  const { staff } = useSession();
  const id = staff && !staff.mustChangePassword ? staff.id : null;
  const alerting = staff ? isAlerted(staff.roles) : false;
  useEffect(() => {
    if (!id) return;
    escalationStore.start(id, alerting);
    return () => escalationStore.stop();
  }, [id, alerting]);
}

export function useEscalations(): EscalationState {
  return useSyncExternalStore(escalationStore.subscribe, escalationStore.getSnapshot);
}
