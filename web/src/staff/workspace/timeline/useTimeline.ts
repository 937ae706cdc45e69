import type { Ack, ConsultationTimeline, ConsultationView, TimelineEvent } from '@hidamari/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTimelineSignals } from './useTimelineSignals';

export type LoadTimeline = (consultationId: string) => Promise<Ack<ConsultationTimeline>>;

/** What of a consultation changes when something worth a row happens (not `lastSeq`, which every message moves). */
export function timelineVersion(c: ConsultationView): string {
  const { lastSeq: _seq, ...rest } = c;
  return JSON.stringify(rest);
}

/**
 * The trail over the staff socket, asked again whenever `consultation:updated` brings a changed consultation, or an
 * escalation, monitor or hand-off of this chat changes (see useTimelineSignals).
 */
export function useTimeline(consultation: ConsultationView, load: LoadTimeline, enabled: boolean) {
  const client = useQueryClient();
  const id = consultation.id;
  const query = useQuery({
    queryKey: ['timeline', id],
    queryFn: async (): Promise<TimelineEvent[]> => {
      const ack = await load(id);
      if (!ack.ok) throw ack.error;
      return ack.events;
    },
    enabled,
    refetchOnWindowFocus: false,
  });
  const version = `${timelineVersion(consultation)}|${useTimelineSignals(id)}`;
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    void client.invalidateQueries({ queryKey: ['timeline', id] });
  }, [client, id, version]);
  return query;
}
