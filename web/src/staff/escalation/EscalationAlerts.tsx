import { useSession } from '../session';
import { EscalationAlert } from './EscalationAlert';
import { EscalationList } from './EscalationList';
import { alertOrder, unresolved } from './escalation.reducer';
import { isAlerted, useEscalationConnection, useEscalations } from './use-escalations';
import './escalation.css';

/** Mounted once for the whole staff app: the escalation connection, and for supervisors and admins the alert and the list. */
export function EscalationAlerts() {
  useEscalationConnection();
  const { staff } = useSession();
  const state = useEscalations();
  if (!staff || staff.mustChangePassword || !isAlerted(staff.roles)) return null;
  const [top, ...rest] = alertOrder(state);
  return (
    <>
      {top && <EscalationAlert key={top.id} escalation={top} more={rest.length} realerts={state.realerts} canOpen={staff.roles.includes('supervisor')} />}
      <EscalationList escalations={unresolved(state)} />
    </>
  );
}
