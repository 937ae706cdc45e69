/**
 * A shift being dragged or nudged is drawn from a local draft until the server has answered: on success the refetched
 * roster takes over, on an error the draft is dropped (the block returns to where it was) and the error is kept to show.
 * Arrow-key nudges are gathered for a moment and sent as one change, so quick presses do not race each other.
 */
import type { ShiftView } from '@hidamari/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { useShiftMutations } from './roster-api';

export type Draft = Pick<ShiftView, 'startsAt' | 'endsAt'>;

const NUDGE_SETTLE_MS = 600;

export function useShiftDrafts(update: ReturnType<typeof useShiftMutations>['update']) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [error, setError] = useState<unknown>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const latest = useRef(drafts);
  latest.current = drafts;

  const drop = useCallback((id: string) => {
    setDrafts(({ [id]: _gone, ...rest }) => rest);
  }, []);

  const commit = useCallback(
    async (id: string, draft: Draft) => {
      setDrafts((d) => ({ ...d, [id]: draft }));
      setError(null);
      try {
        await update.mutateAsync({ id, patch: draft });
      } catch (err) {
        setError(err);
      } finally {
        drop(id);
      }
    },
    [update, drop],
  );

  /** Draw `draft` now and send it once the keys have been still for a moment. */
  const nudge = useCallback(
    (id: string, draft: Draft) => {
      setDrafts((d) => ({ ...d, [id]: draft }));
      clearTimeout(timers.current.get(id));
      timers.current.set(id, setTimeout(() => {
        timers.current.delete(id);
        const current = latest.current[id];
        if (current) void commit(id, current);
      }, NUDGE_SETTLE_MS));
    },
    [commit],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((t) => clearTimeout(t));
  }, []);

  const withDraft = useCallback((s: ShiftView): ShiftView => (drafts[s.id] ? { ...s, ...drafts[s.id] } : s), [drafts]);

  return { drafts, withDraft, commit, nudge, preview: (id: string, draft: Draft) => setDrafts((d) => ({ ...d, [id]: draft })), drop, error, setError };
}
