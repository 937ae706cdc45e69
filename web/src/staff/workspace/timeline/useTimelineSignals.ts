import { useSyncExternalStore } from 'react';
import { forConsultation } from '../../escalation/escalation.reducer';
import { useEscalations } from '../../escalation/use-escalations';
import { useHandoffs } from '../handoff/HandoffContext';
import { monitorStore } from '../supervision/monitor-store';

/**
 * What else writes timeline rows without changing the consultation itself: an escalation acknowledged or re-alerted, a
 * supervisor starting to monitor, a hand-off declined or expired. Each feature's own store already hears of these on
 * the workspace's socket; their state for this chat, as a string, tells the timeline when to ask again.
 */
export function useTimelineSignals(consultationId: string): string {
  const escalations = forConsultation(useEscalations(), consultationId).map((e) => `${e.id}:${e.status}:${e.realertedAt ?? ''}`);
  const monitors = useSyncExternalStore(monitorStore.subscribe, () => monitorStore.of(consultationId));
  const handoff = useHandoffs().state.outgoing[consultationId];
  return [escalations.join(','), monitors.map((m) => m.staffId).join(','), handoff ? `${handoff.handoffId}:${handoff.phase}` : ''].join('|');
}
