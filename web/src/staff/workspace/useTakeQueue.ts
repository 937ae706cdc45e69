import type { ErrorCode } from '@hidamari/shared';
import { useCallback, useRef, useState } from 'react';
import type { WorkspaceApi } from './useStaffWorkspace';

/** A problem with taking that is not tied to a row that still exists. */
export type TakeNotice = 'ALREADY_CLAIMED' | 'NOT_ON_DUTY' | 'SHIFT_ENDED' | null;

/** Per-item "take" state: which items are being taken, which failed and why. */
export function useTakeQueue(claim: WorkspaceApi['claim'], onTaken: (consultationId: string) => void) {
  const [taking, setTaking] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Readonly<Record<string, ErrorCode>>>({});
  const [notice, setNotice] = useState<TakeNotice>(null);
  const inFlight = useRef(new Set<string>());

  const take = useCallback(
    async (consultationId: string) => {
      if (inFlight.current.has(consultationId)) return;
      inFlight.current.add(consultationId);
      setTaking(new Set(inFlight.current));
      setNotice(null);
      setErrors(({ [consultationId]: _drop, ...rest }) => rest);
      const ack = await claim(consultationId);
      inFlight.current.delete(consultationId);
      setTaking(new Set(inFlight.current));
      if (ack.ok) return onTaken(consultationId);
      const code = ack.error.code;
      if (code === 'ALREADY_CLAIMED' || code === 'NOT_ON_DUTY' || code === 'SHIFT_ENDED') setNotice(code);
      else setErrors((e) => ({ ...e, [consultationId]: code }));
    },
    [claim, onTaken],
  );

  return { taking, errors, notice, dismissNotice: () => setNotice(null), take };
}
