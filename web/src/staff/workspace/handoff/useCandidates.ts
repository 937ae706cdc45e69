import type { HandoffCandidates } from '@hidamari/shared';
import { useEffect, useState } from 'react';
import { useHandoffs } from './HandoffContext';

export type CandidatesState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; data: HandoffCandidates };

/** Who is on duty now and which teams exist, asked once each time a hand-off form opens (`reload` asks again). */
export function useCandidates(open: boolean): { candidates: CandidatesState; reload(): void } {
  const { candidates } = useHandoffs();
  const [state, setState] = useState<CandidatesState>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!open) return;
    let live = true;
    setState({ status: 'loading' });
    void candidates().then((ack) => {
      if (live) setState(ack.ok ? { status: 'ready', data: { people: ack.people, teams: ack.teams } } : { status: 'failed' });
    });
    return () => void (live = false);
  }, [open, round, candidates]);
  return { candidates: state, reload: () => setRound((r) => r + 1) };
}
