import type { RiskLevel } from '@hidamari/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { canCounsel, useSession } from '../../session';
import { riskStore } from './risk-store';
import type { RiskAlert } from './risk.reducer';

/** Keeps the tab's risk connection open while someone who counsels is signed in (mounted once, by RiskAlerts). */
export function useRiskConnection(): void {
  const { staff } = useSession();
  const id = staff && !staff.mustChangePassword && canCounsel(staff) ? staff.id : null;
  useEffect(() => {
    if (!id) return;
    riskStore.start(id);
    return () => riskStore.stop();
  }, [id]);
}

export function useRiskAlerts(): readonly RiskAlert[] {
  return useSyncExternalStore(riskStore.subscribe, riskStore.getSnapshot);
}

/**
 * The phrases that raised a chat. Keyed by its level, so a raise or a change (seen in the queue or the chat's
 * `consultation:updated`) reads them again; nothing to read while the level is none.
 */
export function useRiskMatches(consultationId: string, level: RiskLevel) {
  return useQuery({
    queryKey: ['risk', consultationId, level],
    enabled: level !== 'none',
    staleTime: Infinity,
    queryFn: async () => {
      const ack = await riskStore.details(consultationId);
      if (!ack.ok) throw Object.assign(new Error(ack.error.message), { code: ack.error.code });
      return ack.matched;
    },
  });
}
