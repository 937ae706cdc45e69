import type { Ack, ConsultationHistory, HistoryConsultation, WireMessage } from '@hidamari/shared';
import { useQuery } from '@tanstack/react-query';
import { loadTranscript, newestFirst, type TranscriptPage } from './history-view';

export type LoadHistory = (consultationId: string) => Promise<Ack<ConsultationHistory>>;
export type LoadTranscriptPage = (consultationId: string, afterSeq: number) => Promise<TranscriptPage>;

/** The earlier consultations of this one's history, newest first (over the staff socket). */
export function useHistory(consultationId: string, load: LoadHistory, enabled: boolean) {
  return useQuery({
    queryKey: ['history', consultationId],
    queryFn: async (): Promise<HistoryConsultation[]> => {
      const ack = await load(consultationId);
      if (!ack.ok) throw ack.error;
      return newestFirst(ack.consultations);
    },
    enabled,
    refetchOnWindowFocus: false,
  });
}

/**
 * One earlier transcript, every page. Kept while the panel lives: each read of a record not one's own is audited, so it
 * is not asked again on every focus or re-render.
 */
export function useHistoryTranscript(consultationId: string, page: LoadTranscriptPage) {
  return useQuery({
    queryKey: ['history-transcript', consultationId],
    queryFn: (): Promise<WireMessage[]> => loadTranscript((after) => page(consultationId, after)),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });
}
